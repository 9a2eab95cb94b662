/**
 * A session in Cisco CTI OS's sense: one event stream (GET /api/events) in agent mode (one agent) or monitor mode (a
 * team, a filter, or everything), the live agents, calls, skill groups and teams it keeps from the stream's snapshot
 * and events, and listeners told of what changes. The stream reconnects by itself with Last-Event-ID after 1, 2, 4…
 * up to 15 s; the server then sends what was missed, or a fresh snapshot that replaces the objects.
 *
 * Import it from cti-client.js, the library's entry point: `client.openSession({agentId: '1001'})`.
 */
import { Agent, Call, SkillGroup, Team } from './cti-live-objects.js';

const enc = encodeURIComponent;

/** The events that carry a call (and the agents on it), as the REST API's event stream names them. */
const CALL_EVENTS = new Set(['CallDelivered', 'CallEstablished', 'CallHeld', 'CallRetrieved', 'CallData',
  'CallChanged', 'CallEnded']);

export class CtiSession {
  /**
   * @param client a CtiClient
   * @param {{agentId?: string, teamId?: string|number, filter?: string, watchLink?: boolean}} options one of agentId
   *   (agent mode), teamId or filter (monitor mode), or none (monitor mode, every event); watchLink (default true)
   *   polls GET /api/system/link every 5 s for the linkStatus listeners
   */
  constructor(client, options = {}) {
    const modes = ['agentId', 'teamId', 'filter'].filter((key) => options[key] !== undefined && options[key] !== null);
    if (modes.length > 1) throw new TypeError(`a session follows one of agentId, teamId and filter, not ${modes}`);
    this.client = client;
    this.agentId = options.agentId === undefined ? null : String(options.agentId);
    this.teamId = options.teamId === undefined || options.teamId === null ? null : String(options.teamId);
    this.filter = options.filter === undefined ? null : options.filter;
    this.mode = this.agentId ? 'agent' : 'monitor';
    this.watchesLink = options.watchLink !== false;
    /** @type {Map<string, Agent>} */
    this.agents = new Map();
    /** @type {Map<string, Call>} */
    this.calls = new Map();
    /** @type {Map<string, SkillGroup>} by number */
    this.skillGroups = new Map();
    /** @type {Map<string, Team>} */
    this.teams = new Map();
    this.link = null;
    this.connection = 'closed';
    this.listeners = new Map();
  }

  /** The session's own agent in agent mode (null until the snapshot names it, and in monitor mode). */
  get agent() {
    return this.agentId ? this.agents.get(this.agentId) || null : null;
  }

  /** The query of the stream this session follows. */
  get query() {
    if (this.agentId) return `agentId=${enc(this.agentId)}`;
    if (this.teamId) return `teamId=${enc(this.teamId)}`;
    return this.filter ? `filter=${enc(this.filter)}` : '';
  }

  /**
   * Listens to one kind of change; returns a function that stops listening. Kinds: snapshot, change,
   * agentStateChanged, enabledActionsChanged, callDelivered, callEstablished, callUpdated, callEnded,
   * skillGroupStatistics, teamChanged, linkStatus, connectionStatus, event (every event, raw).
   */
  on(kind, listener) {
    if (!this.listeners.has(kind)) this.listeners.set(kind, new Set());
    this.listeners.get(kind).add(listener);
    return () => this.listeners.get(kind).delete(listener);
  }

  emit(kind, detail) {
    (this.listeners.get(kind) || []).forEach((listener) => {
      try {
        listener(detail);
      } catch (error) {
        // One listener's fault must neither stop the others nor tear down the stream.
        console.error(`a ${kind} listener failed`, error);
      }
    });
  }

  /**
   * Reads the skill groups (and the team, in team mode), then opens the stream; resolves to the session once the
   * stream is asked for (its snapshot follows). Rejects with a ProblemError when the first reads are refused.
   */
  async start() {
    const groups = await this.client.get('skillgroups');
    groups.forEach((group) => this.skillGroups.set(String(group.number), new SkillGroup(this, group)));
    if (this.teamId) {
      const team = await this.readTeam();
      (team.members || []).forEach((member) => this.agents.set(member.id, new Agent(this, member)));
    }
    this.follower = this.client.followEvents(this.query, {
      snapshot: (data) => this.applySnapshot(data),
      event: (type, data) => this.applyEvent(type, data),
      status: (status, detail) => this.connectionChanged(status, detail),
    });
    if (this.watchesLink) this.stopLink = this.client.watchLink((link, error) => this.linkChanged(link, error));
    return this;
  }

  /** Stops the stream and the link's polling; the objects stay as they were. */
  close() {
    if (this.follower) this.follower.stop();
    if (this.stopLink) this.stopLink();
    this.connectionChanged('closed');
  }

  async readTeam() {
    const data = await this.client.get(`teams/${enc(this.teamId)}`);
    const team = this.teams.has(data.id) ? this.teams.get(data.id).update(data) : new Team(this, data);
    this.teams.set(data.id, team);
    this.emit('teamChanged', team);
    return team;
  }

  connectionChanged(status, detail) {
    this.connection = status;
    this.emit('connectionStatus', { status, detail });
  }

  linkChanged(link, error) {
    this.link = link;
    this.emit('linkStatus', { link, error });
  }

  // ------------------------------------------------------------------ the stream

  applySnapshot({ agents, calls }) {
    this.agents = new Map((agents || []).map((agent) => [agent.id, this.agents.has(agent.id)
      ? this.agents.get(agent.id).update(agent) : new Agent(this, agent)]));
    this.calls = new Map((calls || []).filter((call) => this.concernsSession(call)).map((call) => [call.id,
      this.calls.has(call.id) ? this.calls.get(call.id).update(call) : new Call(this, call)]));
    this.forgetCallsOfNobody();
    // The snapshot carries no team (its monitors and alerts): read it again, as the stream may have missed changes.
    if (this.teamId) this.readTeam().catch(() => {});
    this.emit('snapshot', this);
    this.emit('change', this);
  }

  applyEvent(type, data) {
    if (type === 'AgentState') {
      this.updateAgent(data.agent);
    } else if (type === 'SkillGroupStatistics') {
      this.updateSkillGroup(String(data.skillGroupNumber), data.skillGroup);
    } else if (CALL_EVENTS.has(type)) {
      this.applyCallEvent(type, data);
    }
    this.emit('event', { type, data });
    this.emit('change', this);
  }

  applyCallEvent(type, data) {
    (data.agents || []).forEach((agent) => this.updateAgent(agent));
    const known = this.calls.get(String(data.callId)) || null;
    if (data.call && this.concernsSession(data.call)) {
      const call = this.updateCall(data.call);
      this.emit('callUpdated', { type, call });
      if (type === 'CallDelivered') {
        this.emit('callDelivered', { call, agentId: data.agentId, device: data.device, screenPop: data.screenPop });
      } else if (type === 'CallEstablished') this.emit('callEstablished', { call, device: data.device });
    } else {
      this.calls.delete(String(data.callId));
    }
    if (type === 'CallEnded') {
      this.emit('callEnded', { callId: String(data.callId), callKey: data.callKey, reason: data.reason, call: known });
    }
    this.forgetCallsOfNobody();
  }

  /** Agent mode keeps the agent's calls; team mode those of its members (below); monitor mode every call. */
  concernsSession(call) {
    return !this.agentId || (call.agentIds || []).includes(this.agentId);
  }

  /** In team mode, a call that left the team (transferred away) gets no more events: keep calls a member is on. */
  forgetCallsOfNobody() {
    if (!this.teamId) return;
    const onCalls = new Set();
    this.agents.forEach((agent) => (agent.calls || []).forEach((id) => onCalls.add(id)));
    [...this.calls.keys()].filter((id) => !onCalls.has(id)).forEach((id) => this.calls.delete(id));
  }

  /** Whether the session keeps this agent: its own in agent mode, a member (or one who joined) in team mode. */
  keepsAgent(agent) {
    if (this.agentId) return agent.id === this.agentId;
    if (this.teamId) return this.agents.has(agent.id) || agent.team === this.teamId;
    return true;
  }

  updateAgent(data) {
    if (!data || !this.keepsAgent(data)) return;
    const agent = this.agents.get(data.id);
    const previous = agent ? { state: agent.state, actions: agent.enabledActions || [] } : null;
    const updated = agent ? agent.update(data) : new Agent(this, data);
    this.agents.set(data.id, updated);
    if (!previous || previous.state !== updated.state) {
      this.emit('agentStateChanged', { agent: updated, previous: previous ? previous.state : null });
    }
    if (!previous || !sameList(previous.actions, updated.enabledActions || [])) {
      this.emit('enabledActionsChanged', { agent: updated, agentId: updated.id, actions: updated.enabledActions || [] });
    }
  }

  updateCall(data) {
    const call = this.calls.get(data.id);
    const before = call ? { ...(call.enabledActions || {}) } : {};
    const updated = call ? call.update(data) : new Call(this, data);
    this.calls.set(data.id, updated);
    Object.entries(updated.enabledActions || {}).forEach(([agentId, actions]) => {
      if (!sameList(before[agentId] || [], actions)) {
        this.emit('enabledActionsChanged', { call: updated, agentId, actions });
      }
    });
    return updated;
  }

  updateSkillGroup(number, data) {
    if (!data) return;
    const group = this.skillGroups.has(number) ? this.skillGroups.get(number).update(data)
      : new SkillGroup(this, data);
    this.skillGroups.set(number, group);
    this.emit('skillGroupStatistics', group);
  }
}

function sameList(a, b) {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
