/**
 * The supervisor dashboard's live chart: calls in queue and the team's agents by state, one sample every few
 * seconds over a fixed window, drawn as inline SVG (no library). The samples are kept here; the page says what a
 * sample holds.
 */
import { element } from './format.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 600;
const HEIGHT = 180;
const PLOT = { left: 34, right: 8, top: 8, bottom: 22 };

/** The lines drawn, in legend order: the sample's key, what the legend says, its colour. */
export const SERIES = [
  { key: 'queued', label: 'Calls in queue', colour: '#b3261e' },
  { key: 'available', label: 'Available', colour: '#1d7a3e' },
  { key: 'talking', label: 'Talking, held or reserved', colour: '#1f5fbf' },
  { key: 'notReady', label: 'Not ready', colour: '#8a93a3' },
  { key: 'wrapUp', label: 'Wrap-up', colour: '#c98a00' },
];

function svg(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  return node;
}

/** The smallest "nice" axis maximum (5, 10, 20, 50, 100, ...) at or above the largest value. */
function axisMaximum(largest) {
  for (let magnitude = 1; ; magnitude *= 10) {
    const fit = [5, 10, 20].map((step) => step * magnitude).find((top) => top >= largest);
    if (fit !== undefined) return fit;
  }
}

export class TeamChart {
  /**
   * @param {SVGSVGElement} chart the empty svg element (viewBox 0 0 600 180)
   * @param {HTMLElement} legend where the legend goes
   * @param {HTMLElement} summary the text alternative: the latest sample in words
   * @param {number} windowMs how much time the chart shows
   */
  constructor(chart, legend, summary, windowMs = 10 * 60 * 1000) {
    this.chart = chart;
    this.summary = summary;
    this.windowMs = windowMs;
    this.samples = [];
    legend.replaceChildren(...SERIES.map(({ label, colour }) => {
      const entry = element('span', null, label);
      entry.style.setProperty('--swatch', colour);
      return entry;
    }));
  }

  /** Adds a sample ({time: Date, queued, available, talking, notReady, wrapUp}), forgets those out of the window. */
  add(sample) {
    this.samples.push(sample);
    const oldest = sample.time.getTime() - this.windowMs;
    while (this.samples.length && this.samples[0].time.getTime() < oldest) this.samples.shift();
    this.draw(sample.time.getTime());
    this.summary.textContent = `Latest sample at ${sample.time.toLocaleTimeString()}: ${sample.queued} calls in `
      + `queue; the team's agents: ${sample.available} available, ${sample.talking} talking, held or reserved, `
      + `${sample.notReady} not ready, ${sample.wrapUp} in wrap-up.`;
  }

  draw(now) {
    const largest = Math.max(0, ...this.samples.flatMap((s) => SERIES.map(({ key }) => s[key])));
    const top = axisMaximum(largest);
    const plotWidth = WIDTH - PLOT.left - PLOT.right;
    const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
    // Until the window is full the chart spans the samples there are (at least a minute), so it fills from the start.
    const first = this.samples.length ? this.samples[0].time.getTime() : now;
    const span = Math.min(this.windowMs, Math.max(60000, now - first));
    const x = (time) => PLOT.left + plotWidth * (1 - (now - time) / span);
    const y = (value) => PLOT.top + plotHeight * (1 - value / top);
    const nodes = [];
    [0, top / 2, top].forEach((value) => {
      nodes.push(svg('line', { x1: PLOT.left, x2: WIDTH - PLOT.right, y1: y(value), y2: y(value), class: 'grid' }));
      const label = svg('text', { x: PLOT.left - 6, y: y(value) + 4, 'text-anchor': 'end', class: 'axis' });
      label.textContent = String(value);
      nodes.push(label);
    });
    [[span, 'start'], [span / 2, 'middle'], [0, 'end']].forEach(([ago, anchor]) => {
      const label = svg('text', { x: x(now - ago), y: HEIGHT - 6, 'text-anchor': anchor, class: 'axis' });
      label.textContent = ago === 0 ? 'now' : `−${ago < 120000 ? `${Math.round(ago / 1000)} s`
        : `${Math.round(ago / 60000)} min`}`;
      nodes.push(label);
    });
    SERIES.forEach(({ key, colour }) => {
      const points = this.samples.map((s) => `${x(s.time.getTime()).toFixed(1)},${y(s[key]).toFixed(1)}`);
      nodes.push(svg('polyline', { points: points.join(' '), fill: 'none', stroke: colour, 'stroke-width': 2,
        'data-series': key, 'vector-effect': 'non-scaling-stroke' }));
      const last = this.samples[this.samples.length - 1];
      if (last) nodes.push(svg('circle', { cx: x(last.time.getTime()), cy: y(last[key]), r: 2.5, fill: colour }));
    });
    this.chart.replaceChildren(...nodes);
    this.chart.dataset.samples = String(this.samples.length);
  }
}
