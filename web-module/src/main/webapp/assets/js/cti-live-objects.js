/**
 * The live objects of a CtiSession: an agent, a call, a skill group and a team, each carrying the fields of the REST
 * API's representation (as GET /api/agents/{id}, /api/calls/{id}, /api/skillgroups/{number}, /api/teams/{id} show
 * them) and kept up to date by the session from its event stream, with the controls the REST API offers on it.
 * Every control returns a Promise of the API's answer: it resolves when the change is stored (200, 201, 204) or
 * confirmed by the CTI Server but not yet stored (202), and rejects with a ProblemError carrying the problem details
 * (409 not enabled or refused by the switch, 503 link down, 504 no confirmation...). What a control changes comes
 * back through the stream: the objects show what is stored, not what was hoped for.
 *
 * Import these from cti-client.js, the library's entry point.
 */

const enc = encodeURIComponent;

/** The session an object belongs to: kept off the object so that its own fields are the representation's only. */
const owners = new WeakMap();

class LiveObject {
  constructor(session, data) {
    owners.set(this, session);
    this.update(data);
  }

  /** Replaces the representation's fields with newer ones (a field the server left out is left out here too). */
  update(data) {
    Object.keys(this).forEach((key) => { delete this[key]; });
    Object.assign(this, data);
    return this;
  }

  /** @protected the session's HTTP client */
  get client() {
    return owners.get(this).client;
  }
}

/** An agent: id, extension, names, state, reasonCode, stateSince, pendingState, team, skillGroups, calls, enabledActions... */
export class Agent extends LiveObject {
  /** Whether the object server enables this action (an AgentAction name such as READY) for the agent now. */
  isEnabled(action) {
    return (this.enabledActions || []).includes(action);
  }

  /** PUT /agents/{id}/state with the body given: {state, reasonCode?, instrument?, password?}. */
  setState(body) {
    return this.client.put(`agents/${enc(this.id)}/state`, body);
  }

  /** Logs in to the ACD, at the instrument given or the agent's own extension. */
  login(password, instrument) {
    return this.setState({ state: 'LOGIN', password, instrument: instrument || undefined });
  }

  ready() {
    return this.setState({ state: 'AVAILABLE' });
  }

  /** Not ready, with a reason code when one is given. */
  notReady(reasonCode) {
    return this.setState(withReason({ state: 'NOT_READY' }, reasonCode));
  }

  /** Wrap-up, then ready (WORK_READY) or then not ready (WORK_NOT_READY). */
  wrapUp(thenReady = true) {
    return this.setState({ state: thenReady ? 'WORK_READY' : 'WORK_NOT_READY' });
  }

  logout(reasonCode) {
    return this.setState(withReason({ state: 'LOGOUT' }, reasonCode));
  }

  /** Dials a number from the agent's phone: POST /calls; resolves to the new call as stored. */
  makeCall(destination, { callVariables, ecc } = {}) {
    return this.client.post('calls', { agentId: this.id, destination, callVariables, ecc });
  }

  /** Asks the agent's team's supervisors for help (assist), or declares an emergency. */
  askForHelp(emergency = false) {
    return this.client.post(`agents/${enc(this.id)}/help`, { emergency });
  }
}

/** A call in progress: id, state, ani, dnis, callVariables, ecc, skillGroup, parties, agentIds, enabledActions... */
export class Call extends LiveObject {
  /** The actions (AgentAction names) the object server enables for that agent on this call. */
  enabledFor(agentId) {
    return (this.enabledActions || {})[agentId] || [];
  }

  /** The agent's own leg (party) on the call, or undefined. */
  partyOf(agentId) {
    return (this.parties || []).find((party) => party.agentId === agentId);
  }

  /**
   * POST /calls/{id}/actions: one of the REST API's call actions (ANSWER, HOLD, RETRIEVE, RELEASE, CONSULT,
   * TRANSFER, CONFERENCE, SINGLE_STEP_TRANSFER, ALTERNATE, RECONNECT, DEFLECT, CLEAR_CALL, DROP_PARTY, SEND_DTMF,
   * START_RECORDING, STOP_RECORDING, BAD_CALL) at the agent's device; details: {destination?, party?, digits?}.
   * The agent is the session's own in agent mode unless named.
   */
  act(action, details = {}, agentId = owners.get(this).agentId) {
    return this.client.post(`calls/${enc(this.id)}/actions`, { action, agentId, ...details });
  }

  answer(agentId) { return this.act('ANSWER', {}, agentId); }

  hold(agentId) { return this.act('HOLD', {}, agentId); }

  retrieve(agentId) { return this.act('RETRIEVE', {}, agentId); }

  release(agentId) { return this.act('RELEASE', {}, agentId); }

  consult(destination, agentId) { return this.act('CONSULT', { destination }, agentId); }

  transfer(agentId) { return this.act('TRANSFER', {}, agentId); }

  conference(agentId) { return this.act('CONFERENCE', {}, agentId); }

  singleStepTransfer(destination, agentId) { return this.act('SINGLE_STEP_TRANSFER', { destination }, agentId); }

  deflect(destination, agentId) { return this.act('DEFLECT', { destination }, agentId); }

  sendDtmf(digits, agentId) { return this.act('SEND_DTMF', { digits }, agentId); }

  /** PUT /calls/{id}/data: {callVariables?, ecc?, wrapupData?}; resolves to the call as stored. */
  setData(data) {
    return this.client.put(`calls/${enc(this.id)}/data`, data);
  }

  /**
   * A supervisor's action on the call: BARGE_IN, INTERCEPT, MONITOR or CLEAR, from that supervisor's phone. The
   * answer is the call as stored, which this object shows at once (a monitor changes no party, so no event may
   * follow); the stream's event for the same change follows.
   */
  async supervise(action, supervisorId) {
    const answer = await this.client.post(`calls/${enc(this.id)}/supervise`, { action, supervisorId });
    if (answer && answer.id === this.id && answer.parties) this.update(answer);
    return answer;
  }
}

/** A skill group with its statistics: number, name, agentsAvailable, callsQueued, ..., fromSwitch. */
export class SkillGroup extends LiveObject {
}

/** An agent team: id, name, supervisors, members, silentMonitors, helpAlerts (as GET /api/teams/{id}). */
export class Team extends LiveObject {
}

function withReason(body, reasonCode) {
  return reasonCode === undefined || reasonCode === null || reasonCode === '' ? body
    : { ...body, reasonCode: Number(reasonCode) };
}
