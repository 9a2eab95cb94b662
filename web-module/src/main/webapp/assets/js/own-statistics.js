/**
 * The desktop's "My figures" panel: the signed-in agent's own statistics as the switch counts them
 * (GET /api/agents/{id}/statistics), since login and today: calls handled, talk, hold, wrap-up and not-ready time.
 * Asked again every refreshSeconds the server gives (ctios.agent-statistics.interval), the dashboard's interval: the
 * server asks the switch at most once per agent per that interval however many pages read, so asking more often would
 * only get the same figures. Not asked while the agent is logged out (its figures do not move then); asked at once
 * when it logs in.
 */
import { duration } from './member-figures.js';
import { describeFailure } from './page-shell.js';

/** Until the first answer says the server's interval. */
const FIRST_REFRESH_SECONDS = 30;

/** Each cell's figure in the answer, and its text. */
const FIGURES = {
  handledCalls: (value) => String(value || 0),
  handledTalkSeconds: duration,
  inboundHoldSeconds: duration,
  handledWrapUpSeconds: duration,
  notReadySeconds: duration,
};

export class OwnStatistics {
  /**
   * @param {HTMLTableElement} table rows with data-period="sinceLogin" and "today", cells with data-field
   * @param {HTMLElement} note where the figures' age, or why there are none, is said
   */
  constructor(client, agentId, table, note) {
    this.client = client;
    this.agentId = agentId;
    this.table = table;
    this.note = note;
    this.loggedIn = false;
    this.refreshSeconds = FIRST_REFRESH_SECONDS;
    this.reading = null;
  }

  /** Asks again on the interval until the returned function is called. */
  start() {
    this.stopped = false;
    this.timer = setTimeout(() => this.refresh(), this.refreshSeconds * 1000);
    return () => {
      this.stopped = true;
      clearTimeout(this.timer);
    };
  }

  /** The agent as the stream shows it now: a login asks at once. */
  agentChanged(agent) {
    const loggedIn = Boolean(agent) && agent.state !== 'LOGOUT';
    const justLoggedIn = loggedIn && !this.loggedIn;
    this.loggedIn = loggedIn;
    if (justLoggedIn) this.refresh();
  }

  /** One read now (unless one is under way), then the next after the interval. */
  async refresh() {
    clearTimeout(this.timer);
    if (this.loggedIn && !this.reading) {
      this.reading = this.client.get(`agents/${encodeURIComponent(this.agentId)}/statistics`);
      try {
        this.show(await this.reading);
      } catch (error) {
        this.note.textContent = `Figures not available — ${describeFailure(error)}`;
      } finally {
        this.reading = null;
      }
    }
    if (!this.stopped) this.timer = setTimeout(() => this.refresh(), this.refreshSeconds * 1000);
  }

  show(statistics) {
    this.refreshSeconds = Math.max(1, statistics.refreshSeconds || FIRST_REFRESH_SECONDS);
    ['sinceLogin', 'today'].forEach((period) => {
      const figures = statistics[period] || {};
      Object.entries(FIGURES).forEach(([field, text]) => {
        this.table.querySelector(`[data-period="${period}"] [data-field="${field}"]`).textContent =
          text(figures[field]);
      });
    });
    this.note.textContent = `From the switch, ${statistics.ageSeconds} s ago; read again every `
      + `${this.refreshSeconds} s.`;
  }
}
