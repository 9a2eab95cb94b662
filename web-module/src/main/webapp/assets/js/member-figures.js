/**
 * A dashboard table with a row per team member, filled from one GET per member, asked one member after the other
 * (so that a team's reads do not all land on the server at one instant), then again after a delay. Rows are built
 * once per member and updated in place; a member whose figures cannot be read says why in its last cell.
 */
import { elapsed, element, agentName } from './format.js';
import { describeFailure } from './page-shell.js';

/** Seconds as "m:ss" or "h:mm:ss". */
export function duration(seconds) {
  return elapsed(new Date(0), new Date((seconds || 0) * 1000));
}

export class MemberFiguresTable {
  /**
   * @param {object} table
   * @param {function(): Map<string, object>} table.members the team's members as the dashboard knows them now
   * @param {function(object): boolean} table.shows which members get a row
   * @param {function(object): string} table.path the API path of a member's figures
   * @param {Array<[string, function(object): string]>} table.columns each cell's field and its text from the answer
   * @param {function(object): string} table.note the last cell's text from the answer
   * @param {function(): number} table.delayMs how long to wait before asking again
   */
  constructor(client, body, table) {
    this.client = client;
    this.body = body;
    this.table = table;
    this.rows = new Map();
  }

  start() {
    this.stopped = false;
    this.refresh();
    return () => {
      this.stopped = true;
      clearTimeout(this.timer);
    };
  }

  async refresh() {
    const members = [...this.table.members().values()].filter(this.table.shows)
      .sort((a, b) => a.id.localeCompare(b.id, undefined, { numeric: true }));
    for (const member of members) {
      if (this.stopped) return;
      try {
        this.show(member, await this.client.get(this.table.path(member)), null);
      } catch (error) {
        this.show(member, null, describeFailure(error));
      }
    }
    const shown = members.map((member) => this.rows.get(member.id));
    if (shown.length !== this.body.children.length || shown.some((row, i) => this.body.children[i] !== row)) {
      this.body.replaceChildren(...shown);
    }
    if (!this.stopped) this.timer = setTimeout(() => this.refresh(), this.table.delayMs());
  }

  show(member, answer, failure) {
    let row = this.rows.get(member.id);
    if (!row) {
      row = element('tr');
      row.dataset.agentId = member.id;
      const name = element('th', null, agentName(member) || member.id);
      name.scope = 'row';
      row.append(name, ...this.table.columns.map(([key]) => {
        const cell = element('td', 'numeric');
        cell.dataset.field = key;
        return cell;
      }), element('td', 'muted'));
      row.lastElementChild.dataset.field = 'note';
      this.rows.set(member.id, row);
    }
    if (!answer) {
      row.lastElementChild.textContent = `not available — ${failure}`;
      return;
    }
    this.table.columns.forEach(([key, text]) => {
      row.querySelector(`[data-field="${key}"]`).textContent = text(answer);
    });
    row.lastElementChild.textContent = this.table.note(answer);
  }
}
