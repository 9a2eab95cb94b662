/**
 * The supervisor dashboard at /cti/supervisor/: one team's agents live (name, state, reason, time in state, current
 * call, skill groups) with sorting, filtering and the supervisor's actions; every skill group's statistics; a chart of the
 * last minutes. Everything live comes from ONE team-mode event stream (GET /api/events?teamId=...: the team's agents
 * and calls, and every skill group's statistics), since a browser allows six connections per host, kept by a
 * monitor-mode session of the client library (cti-client.js), used as any integrator would. Requests go through the
 * session's agents and calls; what they change comes back through the stream, so the page shows what is stored.
 */
import { CtiSession } from './cti-client.js';
import { signInThen, perform, logActivity, showStream, describeFailure } from './page-shell.js';
import { elapsed, stateLabel, connectionLabel, element, reasonText, pendingText, agentName } from './format.js';
import { TeamChart } from './team-chart.js';
import { agentStatisticsTable } from './agent-statistics.js';
import { timeInStateTable } from './time-in-state.js';
import { MessageList, sendMessage } from './team-messages.js';

const byId = (id) => document.getElementById(id);

const SAMPLE_PERIOD_MS = 5000;

/** The chart's and the summary's groups of agent states. */
const STATE_GROUPS = {
  available: ['AVAILABLE'],
  talking: ['TALKING', 'HOLD', 'RESERVED'],
  notReady: ['NOT_READY'],
  wrapUp: ['WORK_READY', 'WORK_NOT_READY'],
};

/** The states a filter offers, in the order a supervisor thinks of them. */
const FILTER_STATES = ['AVAILABLE', 'TALKING', 'HOLD', 'RESERVED', 'NOT_READY', 'WORK_READY', 'WORK_NOT_READY',
  'BUSY_OTHER', 'LOGOUT'];

/** Which of a member's calls is "current" when it has several: the one it talks on, then ringing, then held. */
const PARTY_PRIORITY = ['CONNECT', 'ALERTING', 'INITIATE', 'HOLD', 'QUEUED'];

/** The statistics columns, as the skill group representation names them. */
const STATISTICS = ['callsQueued', 'longestQueuedSeconds', 'agentsAvailable', 'agentsLoggedIn', 'agentsTalking',
  'agentsWrapUp', 'callsHandledToday', 'callsAbandonedToday'];

/** The switch's own figures beside them, as the representation's fromSwitch names them; durations in seconds. */
const SWITCH_STATISTICS = ['callsInQueue', 'callsHandledToday', 'averageTalkSecondsToday',
  'averageQueueSecondsToday', 'ageSeconds'];
const SWITCH_DURATIONS = new Set(['averageTalkSecondsToday', 'averageQueueSecondsToday', 'ageSeconds']);

const SUPERVISORY_ACTIONS = { 'barge-in': 'BARGE_IN', intercept: 'INTERCEPT', monitor: 'MONITOR', clear: 'CLEAR' };

function seconds(count) {
  return elapsed(new Date(0), new Date(count * 1000));
}

/**
 * The switch's figures of a skill group beside ours: a dash for a figure the switch does not know, or for all of
 * them when it gave none (the age cell then says why); none at all until the switch was first asked.
 */
function renderSwitchFigures(row, figures) {
  SWITCH_STATISTICS.forEach((key) => {
    const cell = row.querySelector(`[data-switch-field="${key}"]`);
    const value = figures ? figures[key] : undefined;
    if (figures && figures.unavailable && key === 'ageSeconds') {
      cell.textContent = 'unavailable';
      cell.title = figures.unavailable;
    } else if (value === undefined || value === null) {
      cell.textContent = figures ? '–' : '';
      cell.title = figures ? 'not known to the switch' : '';
    } else {
      cell.textContent = SWITCH_DURATIONS.has(key) ? seconds(Math.round(value)) : String(value);
      cell.title = '';
    }
  });
}

class Dashboard {
  constructor(client, caller, team) {
    this.client = client;
    this.caller = caller;
    this.team = team;
    // The page's link banner polls the link already (page-shell): the session need not.
    this.session = new CtiSession(client, { teamId: team.id, watchLink: false });
    this.rows = new Map();
    this.statisticRows = new Map();
    this.sort = { key: 'id', ascending: true };
    // Silent monitors by call id: from GET /teams/{id} and SilentMonitor events (never on the agents' streams).
    this.monitors = new Map((team.silentMonitors || []).map((monitor) => [monitor.callId, monitor]));
    // Open calls for help by agent id: from GET /teams/{id} and HelpRequested events.
    this.alerts = new Map((team.helpAlerts || []).map((alert) => [alert.agentId, alert]));
  }

  /** The team's agents, by id, as the session keeps them. */
  get members() {
    return this.session.agents;
  }

  /** The calls of the team's agents, by id. */
  get calls() {
    return this.session.calls;
  }

  /** Every skill group with its statistics, by number. */
  get statistics() {
    return this.session.skillGroups;
  }

  skillGroupName(number) {
    const group = this.session.skillGroups.get(number);
    return group ? group.name : null;
  }

  async start() {
    byId('team-name').textContent = `${this.team.name} (team ${this.team.id})`;
    byId('dashboard').hidden = false;
    this.showSupervisorPhone();
    this.wireSortingAndFilters();
    this.wireMessages();
    this.chart = new TeamChart(byId('chart'), byId('chart-legend'), byId('chart-summary'));
    this.listen();
    await this.session.start();
    this.showSkillGroups();
    this.render();
    this.ticker = setInterval(() => this.tick(), 1000);
    this.sampler = setInterval(() => this.sample(), SAMPLE_PERIOD_MS);
    const stopStatistics = agentStatisticsTable(this.client, () => this.members,
      document.querySelector('#agent-statistics tbody')).start();
    const stopTimeInState = timeInStateTable(this.client, () => this.members,
      document.querySelector('#time-in-state tbody')).start();
    return () => {
      stopStatistics();
      stopTimeInState();
      this.session.close();
      clearInterval(this.ticker);
      clearInterval(this.sampler);
    };
  }

  /** The skill group filter's choices, and the statistics until the stream sends newer figures. */
  showSkillGroups() {
    const select = byId('filter-skill-group');
    this.statistics.forEach((group) => {
      const option = element('option', null, `${group.name} (${group.number})`);
      option.value = group.number;
      select.append(option);
    });
    this.renderStatistics();
  }

  /** The phone barge-in and intercept act from: the caller's own agent, or one of the team's supervisors. */
  showSupervisorPhone() {
    if (this.caller.agentId) {
      const fixed = byId('supervisor-phone-fixed');
      fixed.textContent = `agent ${this.caller.agentId} (you)`;
      fixed.hidden = false;
      return;
    }
    const select = byId('supervisor-phone');
    (this.team.supervisors || []).forEach((id) => {
      const option = element('option', null, `agent ${id}`);
      option.value = id;
      select.append(option);
    });
    if (!select.options.length) {
      select.append(element('option', null, 'no supervisor in this team'));
      select.disabled = true;
    }
    select.hidden = false;
    select.addEventListener('change', () => this.render());
  }

  supervisorId() {
    if (this.caller.agentId) return this.caller.agentId;
    const select = byId('supervisor-phone');
    return select.disabled ? null : select.value || null;
  }

  /**
   * The composer (to the team, to one member, to everyone for admin) and the messages the team's supervisors
   * received: its agents' questions and those for everyone.
   */
  wireMessages() {
    this.messages = new MessageList(this.client, byId('messages'), `teamId=${encodeURIComponent(this.team.id)}`);
    const to = byId('message-to');
    to.append(new Option(`Team ${this.team.name}`, 'TEAM'));
    this.team.members.map((member) => member.id).sort().forEach((id) => to.append(new Option(`Agent ${id}`,
      `AGENT:${id}`)));
    if ((this.caller.roles || []).includes('admin')) to.append(new Option('Everyone', 'EVERYONE'));
    byId('message-send').addEventListener('click', (event) => {
      const [audience, agentId] = to.value.split(':');
      const recipient = audience === 'AGENT' ? { to: audience, agentId }
        : audience === 'TEAM' ? { to: audience, teamId: Number(this.team.id) } : { to: audience };
      sendMessage(this.client, recipient, byId('message-text'), event.currentTarget);
    });
  }

  // ------------------------------------------------------------------ state from the stream

  /** What the page does with the session's news; it renders once per snapshot or event (change). */
  listen() {
    const session = this.session;
    session.on('connectionStatus', ({ status, detail }) => showStream(status, detail));
    session.on('snapshot', () => {
      this.messages.reload();
      if (!this.sampledOnce) {
        this.sampledOnce = true;
        this.sample();
      }
    });
    // The stream carries no monitors and alerts from before it (calls are the same for agents and supervisors):
    // the session reads the team at its start and after each snapshot.
    session.on('teamChanged', (team) => {
      this.monitors = new Map((team.silentMonitors || []).map((monitor) => [monitor.callId, monitor]));
      this.alerts = new Map((team.helpAlerts || []).map((alert) => [alert.agentId, alert]));
      this.render();
    });
    session.on('skillGroupStatistics', () => this.renderStatistics());
    session.on('event', ({ type, data }) => {
      if (type === 'UserMessage') this.messages.add(data);
      if (type === 'HelpRequested') {
        if (data.open) {
          this.alerts.set(data.agentId, data.alert);
          logActivity(`${data.alert.kind === 'EMERGENCY' ? 'Emergency' : 'Assist'} from ${data.agentId}`, 'error');
        } else this.alerts.delete(data.agentId);
      } else if (type === 'SilentMonitor') {
        if (data.ended) this.monitors.delete(data.callId);
        else this.monitors.set(data.callId, data);
      }
    });
    session.on('change', () => {
      [...this.monitors.keys()].filter((id) => !this.calls.has(id)).forEach((id) => this.monitors.delete(id));
      this.render();
    });
  }

  /** The member's current call and its own leg on it, or null. */
  currentCall(member) {
    let best = null;
    (member.calls || []).map((id) => this.calls.get(id)).filter(Boolean).forEach((call) => {
      const leg = (call.parties || []).find((party) => party.agentId === member.id);
      const rank = leg && PARTY_PRIORITY.includes(leg.state) ? PARTY_PRIORITY.indexOf(leg.state)
        : PARTY_PRIORITY.length;
      if (!best || rank < best.rank) best = { call, leg, rank };
    });
    return best;
  }

  // ------------------------------------------------------------------ rendering

  render() {
    this.members.forEach((member) => this.fillRow(this.row(member.id), member));
    this.rows.forEach((row, id) => {
      if (!this.members.has(id)) {
        row.remove();
        this.rows.delete(id);
      }
    });
    this.arrangeRows();
    this.renderCounts();
    this.renderAlerts();
  }

  /** The open calls for help, each with its call and the ways to take it: monitor or barge in. */
  renderAlerts() {
    const now = Date.now();
    [...this.alerts.entries()].filter(([, alert]) => new Date(alert.expiresAt).getTime() <= now
      || (alert.callId && !this.calls.has(alert.callId) && this.members.has(alert.agentId)
        && !(this.members.get(alert.agentId).calls || []).includes(alert.callId)))
      .forEach(([agentId]) => this.alerts.delete(agentId));
    const list = byId('help-alerts');
    list.replaceChildren(...[...this.alerts.values()].map((alert) => {
      const item = element('li');
      item.dataset.agentId = alert.agentId;
      item.dataset.kind = alert.kind;
      const member = this.members.get(alert.agentId);
      const who = (member && agentName(member)) || alert.agentId;
      item.append(element('strong', null, alert.kind === 'EMERGENCY' ? 'Emergency' : 'Assist'), ` ${who}`);
      const call = alert.callId && (this.calls.get(alert.callId) || alert.call);
      item.append(element('span', 'muted', call ? ` · ${call.ani || 'unknown number'} → ${call.dnis || call.dialedNumber || ''}`
        + ` · ${Object.values(call.callVariables || {}).filter(Boolean).join(', ')}` : ' · no call'));
      ['monitor', 'barge-in'].forEach((action) => {
        const button = element('button', 'secondary', action === 'monitor' ? 'Monitor' : 'Barge in');
        button.type = 'button';
        button.dataset.alertAction = action;
        button.disabled = !call || !this.supervisorId();
        button.addEventListener('click', () => this.act(alert.agentId, action, button));
        item.append(button);
      });
      return item;
    }));
    byId('help-alerts-panel').hidden = this.alerts.size === 0;
  }

  row(agentId) {
    let row = this.rows.get(agentId);
    if (!row) {
      row = byId('agent-row-template').content.firstElementChild.cloneNode(true);
      row.dataset.agentId = agentId;
      row.querySelectorAll('[data-action]').forEach((button) => {
        button.addEventListener('click', () => this.act(agentId, button.dataset.action, button));
        button.setAttribute('aria-label', `${button.textContent} ${agentId}`);
      });
      this.rows.set(agentId, row);
    }
    return row;
  }

  fillRow(row, member) {
    const field = (name) => row.querySelector(`[data-field="${name}"]`);
    // The name the organisation gives, the id beside it; the id alone for an agent it does not name.
    const name = agentName(member);
    const agent = field('agent');
    agent.replaceChildren(element('span', 'agent-label', name || member.id));
    agent.firstElementChild.dataset.field = 'name';
    if (name) agent.append(' ', element('span', 'muted', member.id));
    if (member.supervisor) agent.append(element('span', 'role-tag', 'supervisor'));
    const state = field('state');
    state.textContent = stateLabel(member.state);
    state.className = `state-badge state-${member.state}`;
    row.dataset.state = member.state;
    field('reason').textContent = this.reasonText(member);
    field('since').textContent = elapsed(member.stateSince);
    const current = this.currentCall(member);
    const call = field('call');
    call.replaceChildren();
    if (current) {
      call.append(element('span', 'call-ani', current.call.ani || current.call.dialedNumber || 'unknown number'),
        element('span', 'muted', ` · ${current.leg ? connectionLabel(current.leg.state) : stateLabel(current.call.state)}`));
      if (current.call.parties.some((party) => party.supervising)) call.append(element('span', 'role-tag', 'supervised'));
      const monitor = this.monitors.get(current.call.id);
      if (monitor) call.append(element('span', 'role-tag', `monitored by ${monitor.supervisorId}`));
      row.dataset.callId = current.call.id;
    } else {
      delete row.dataset.callId;
    }
    field('skillGroups').textContent = (member.skillGroups || [])
      .map((number) => this.skillGroupName(number) || `group ${number}`).join(', ');
    this.enableActions(row, member, current);
  }

  /** The reason's label (from the server, never a bare code), then a state pending until the call ends. */
  reasonText(member) {
    const reason = reasonText(member.reasonCode, member.reasonLabel);
    const pending = pendingText(member);
    return [reason, pending].filter(Boolean).join(' · ');
  }

  enableActions(row, member, current) {
    const enabled = (action) => (member.enabledActions || []).includes(action);
    const supervisorId = this.supervisorId();
    const talking = Boolean(current && current.leg && current.leg.state === 'CONNECT');
    const supervisorAlreadyOn = Boolean(current && current.call.parties.some((party) => party.agentId === supervisorId));
    const mayRequest = !row.dataset.busy;
    row.querySelector('[data-action="ready"]').disabled = !mayRequest || !enabled('READY');
    row.querySelector('[data-action="logout"]').disabled = !mayRequest || !enabled('LOGOUT');
    const maySupervise = mayRequest && talking && supervisorId && member.id !== supervisorId;
    // A supervisor who barged in may then take the call over: intercept stays offered, barge-in does not.
    row.querySelector('[data-action="barge-in"]').disabled = !maySupervise || supervisorAlreadyOn;
    row.querySelector('[data-action="intercept"]').disabled = !maySupervise;
    const monitor = current && this.monitors.get(current.call.id);
    row.querySelector('[data-action="monitor"]').disabled = !maySupervise || supervisorAlreadyOn || Boolean(monitor);
    // CLEAR ends what this phone does on the call: its silent monitor or its barge-in.
    row.querySelector('[data-action="clear"]').disabled = !mayRequest || !current || member.id === supervisorId
      || !(supervisorAlreadyOn || (monitor && monitor.supervisorId === supervisorId));
  }

  /** Shows the members the filters let through, in the chosen order; moves rows only when the order changed. */
  arrangeRows() {
    const text = byId('filter-text').value.trim().toLowerCase();
    const state = byId('filter-state').value;
    const group = byId('filter-skill-group').value;
    const shown = [...this.members.values()]
      .filter((member) => !text || member.id.toLowerCase().includes(text)
        || agentName(member).toLowerCase().includes(text))
      .filter((member) => !state || member.state === state)
      .filter((member) => !group || (member.skillGroups || []).includes(group))
      .sort((a, b) => this.compare(a, b));
    const wanted = shown.map((member) => this.rows.get(member.id));
    const body = document.querySelector('#agents tbody');
    const current = [...body.children];
    if (wanted.length !== current.length || wanted.some((row, i) => row !== current[i])) body.replaceChildren(...wanted);
    byId('no-agents').hidden = shown.length > 0;
    const count = `${shown.length} of ${this.members.size} agents shown`;
    // A status region: written only when it changes, so that screen readers do not repeat it at every event.
    if (byId('shown-count').textContent !== count) byId('shown-count').textContent = count;
  }

  sortValue(member, key) {
    switch (key) {
      case 'state': return stateLabel(member.state);
      case 'reason': return this.reasonText(member);
      // Time in state is now minus the start: ordering by minus the start orders by it, and does not drift.
      case 'since': return member.stateSince ? -new Date(member.stateSince).getTime() : 0;
      case 'call': {
        const current = this.currentCall(member);
        return current ? current.call.ani || '' : '';
      }
      case 'skillGroups': return (member.skillGroups || []).map((n) => this.skillGroupName(n) || n).join(', ');
      default: return member.id;
    }
  }

  compare(a, b) {
    const left = this.sortValue(a, this.sort.key);
    const right = this.sortValue(b, this.sort.key);
    let order = typeof left === 'number' ? left - right
      : String(left).localeCompare(String(right), undefined, { numeric: true });
    if (order === 0) order = a.id.localeCompare(b.id, undefined, { numeric: true });
    return this.sort.ascending ? order : -order;
  }

  wireSortingAndFilters() {
    document.querySelectorAll('#agents th[data-sort] button').forEach((button) => {
      button.addEventListener('click', () => {
        const key = button.parentElement.dataset.sort;
        this.sort = { key, ascending: this.sort.key === key ? !this.sort.ascending : true };
        document.querySelectorAll('#agents th[data-sort]').forEach((th) => {
          if (th.dataset.sort === key) th.setAttribute('aria-sort', this.sort.ascending ? 'ascending' : 'descending');
          else th.removeAttribute('aria-sort');
        });
        this.arrangeRows();
      });
    });
    const states = byId('filter-state');
    FILTER_STATES.forEach((state) => {
      const option = element('option', null, stateLabel(state));
      option.value = state;
      states.append(option);
    });
    ['filter-text', 'filter-state', 'filter-skill-group'].forEach((id) => {
      byId(id).addEventListener(id === 'filter-text' ? 'input' : 'change', () => this.arrangeRows());
    });
  }

  countByGroup() {
    const counts = { available: 0, talking: 0, notReady: 0, wrapUp: 0 };
    this.members.forEach((member) => {
      Object.entries(STATE_GROUPS).forEach(([group, states]) => {
        if (states.includes(member.state)) counts[group] += 1;
      });
    });
    return counts;
  }

  renderCounts() {
    const counts = this.countByGroup();
    const loggedOut = [...this.members.values()].filter((member) => member.state === 'LOGOUT').length;
    const chips = [
      ['available', counts.available, 'available'],
      ['talking', counts.talking, 'talking, held or reserved'],
      ['not-ready', counts.notReady, 'not ready'],
      ['wrap-up', counts.wrapUp, 'in wrap-up'],
      ['logged-out', loggedOut, 'logged out'],
    ];
    byId('team-counts').replaceChildren(...chips.map(([kind, count, label]) => {
      const item = element('li', `count count-${kind}`);
      item.dataset.count = kind;
      item.append(element('strong', null, String(count)), ` ${label}`);
      return item;
    }));
  }

  renderStatistics() {
    const body = document.querySelector('#statistics tbody');
    const numbers = [...this.statistics.keys()].sort((a, b) => Number(a) - Number(b));
    numbers.forEach((number) => {
      let row = this.statisticRows.get(number);
      if (!row) {
        row = element('tr');
        row.dataset.skillGroup = number;
        const name = element('th', null);
        name.scope = 'row';
        row.append(name, ...STATISTICS.map((key) => {
          const cell = element('td', 'numeric');
          cell.dataset.field = key;
          return cell;
        }), ...SWITCH_STATISTICS.map((key) => {
          const cell = element('td', 'numeric');
          cell.dataset.switchField = key;
          return cell;
        }));
        this.statisticRows.set(number, row);
      }
      const group = this.statistics.get(number);
      row.querySelector('th').textContent = `${group.name || 'group'} (${number})`;
      STATISTICS.forEach((key) => {
        const cell = row.querySelector(`[data-field="${key}"]`);
        cell.textContent = key === 'longestQueuedSeconds' ? seconds(group[key] || 0) : String(group[key] ?? '');
      });
      row.classList.toggle('queueing', group.callsQueued > 0);
      renderSwitchFigures(row, group.fromSwitch);
    });
    const rows = numbers.map((number) => this.statisticRows.get(number));
    if (rows.some((row, i) => body.children[i] !== row)) body.replaceChildren(...rows);
  }

  tick() {
    this.rows.forEach((row, id) => {
      const member = this.members.get(id);
      if (member) row.querySelector('[data-field="since"]').textContent = elapsed(member.stateSince);
    });
  }

  sample() {
    let queued = 0;
    this.statistics.forEach((group) => { queued += group.callsQueued || 0; });
    this.chart.add({ time: new Date(), queued, ...this.countByGroup() });
  }

  // ------------------------------------------------------------------ requests

  act(agentId, action, button) {
    const row = this.rows.get(agentId);
    const done = () => {
      delete row.dataset.busy;
      const member = this.members.get(agentId);
      if (member) this.fillRow(row, member);
    };
    row.dataset.busy = 'true';
    if (action === 'ready' || action === 'logout') {
      const agent = this.members.get(agentId);
      perform(`${action === 'ready' ? 'Make ready' : 'Log out'} ${agentId}`,
        () => (action === 'ready' ? agent.ready() : agent.logout()), button).then(done);
      return;
    }
    const member = this.members.get(agentId);
    const current = member && this.currentCall(member);
    const supervisorId = this.supervisorId();
    if (!current || !supervisorId) {
      logActivity(`${stateLabel(SUPERVISORY_ACTIONS[action])}: ${agentId} has no call, or no supervisor's phone is chosen`,
        'error');
      done();
      return;
    }
    perform(`${stateLabel(SUPERVISORY_ACTIONS[action])} on ${agentId}'s call ${current.call.id} from ${supervisorId}`,
      () => current.call.supervise(SUPERVISORY_ACTIONS[action], supervisorId), button).then((call) => {
      // The answer is the call as stored, which the session's call shows at once (the stream's event follows).
      // A monitor changes no party: the answer is all there is until the SilentMonitor event comes.
      if (call && call.id && action === 'monitor') {
        this.monitors.set(call.id, { callId: call.id, agentId, supervisorId, action: 'MONITOR' });
      } else if (call && call.id && action === 'clear') this.monitors.delete(call.id);
      // Monitoring or joining the call takes the agent's call for help.
      if (call && call.id && action !== 'clear') {
        [...this.alerts.entries()].filter(([, alert]) => alert.callId === call.id)
          .forEach(([id]) => this.alerts.delete(id));
      }
      done();
      this.render();
    });
  }
}

// -------------------------------------------------------------------- which team

async function openTeam(client, caller, teamId) {
  try {
    const team = await client.get(`teams/${encodeURIComponent(teamId)}`);
    return await new Dashboard(client, caller, team).start();
  } catch (error) {
    const problem = byId('team-error');
    problem.textContent = `Team ${teamId} cannot be shown — ${describeFailure(error)}`;
    problem.hidden = false;
    return null;
  }
}

async function chooseTeam(client, caller) {
  const form = byId('choose-team');
  const select = byId('chosen-team');
  try {
    (await client.get('teams')).forEach((team) => {
      const option = element('option', null, `${team.name} (team ${team.id}, ${team.members.length} agents)`);
      option.value = team.id;
      select.append(option);
    });
  } catch (error) {
    form.querySelector('p').textContent = `The teams cannot be read — ${describeFailure(error)}`;
  }
  form.hidden = false;
  return new Promise((resolve) => {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      form.hidden = true;
      resolve(openTeam(client, caller, select.value));
    }, { once: true });
  });
}

signInThen((client, caller) => {
  let stop = null;
  const started = (stopDashboard) => { stop = stopDashboard; };
  const roles = caller.roles || [];
  if (caller.supervisedTeamId) {
    openTeam(client, caller, caller.supervisedTeamId).then(started);
  } else if (roles.includes('crm') || roles.includes('admin')) {
    chooseTeam(client, caller).then(started);
  } else {
    byId('not-a-supervisor').hidden = false;
  }
  return () => stop && stop();
});
