/**
 * The agent desktop (softphone) at /cti/: one agent's state, its calls with their screen pop and call data, and the
 * buttons the object server enables, all from an agent-mode session of the client library (cti-client.js), used as
 * any integrator would. Requests go through the session's agent and calls; what they change comes back through the
 * stream, so the page shows what is stored, not what it hoped for.
 */
import { CtiSession } from './cti-client.js';
import { signInThen, perform, logActivity, showStream, describeFailure } from './page-shell.js';
import { elapsed, stateLabel, connectionLabel, element, reasonText, pendingText, agentName } from './format.js';
import { MessageList, sendMessage } from './team-messages.js';
import { OwnStatistics } from './own-statistics.js';

const byId = (id) => document.getElementById(id);

/** Which enabled actions (the object server's AgentAction names) enable each call button. */
const CALL_BUTTON_ENABLED_BY = {
  ANSWER: ['ANSWER'],
  HOLD: ['HOLD'],
  RETRIEVE: ['RETRIEVE'],
  RELEASE: ['RELEASE'],
  ALTERNATE: ['ALTERNATE'],
  RECONNECT: ['RECONNECT'],
  TRANSFER: ['TRANSFER_COMPLETE'],
  CONFERENCE: ['CONFERENCE_COMPLETE'],
  CONSULT: ['TRANSFER_INIT', 'CONFERENCE_INIT'],
  SINGLE_STEP_TRANSFER: ['SINGLE_STEP_TRANSFER'],
  DEFLECT: ['DEFLECT'],
  CLEAR_CALL: ['CLEAR_CALL'],
  DROP_PARTY: ['DROP_PARTY'],
  SEND_DTMF: ['SEND_DTMF'],
  START_RECORDING: ['START_RECORDING'],
  STOP_RECORDING: ['STOP_RECORDING'],
  BAD_CALL: ['BAD_CALL'],
};
const NEEDS_DESTINATION = new Set(['CONSULT', 'SINGLE_STEP_TRANSFER', 'DEFLECT']);
/** The actions that send another field of the card: its name in the body and the card's input. */
const NEEDS_FIELD = { DROP_PARTY: 'party', SEND_DTMF: 'digits' };
const CALL_VARIABLE_NAMES = Array.from({ length: 10 }, (_, i) => `CallVariable${i + 1}`);

class Desk {
  constructor(client, agentId) {
    this.client = client;
    this.agentId = agentId;
    // The page's link banner polls the link already (page-shell): the session need not.
    this.session = new CtiSession(client, { agentId, watchLink: false });
    this.cards = new Map();
    /** The calls this agent has been on, by id, so that the one that ends is offered for wrap-up. */
    this.handled = new Map();
    /** The ended call the wrap-up panel is for: { callId, callKey }. */
    this.wrapUpCall = null;
  }

  /** The agent as the session keeps it (null until the stream's snapshot). */
  get agent() {
    return this.session.agent;
  }

  /** The calls at the agent's phone, by id, as the session keeps them. */
  get calls() {
    return this.session.calls;
  }

  async start() {
    byId('agent-id').textContent = this.agentId;
    byId('desk').hidden = false;
    this.wireAgentButtons();
    this.wireDialPad();
    this.wireWrapUp();
    this.wireMessages();
    this.listen();
    await Promise.all([this.loadReasonCodes(), this.loadWrapUpReasons()]);
    this.statistics = new OwnStatistics(this.client, this.agentId, byId('own-statistics'),
      byId('own-statistics-note'));
    try {
      await this.session.start();
    } catch (error) {
      logActivity(`live events unavailable — ${describeFailure(error)}`, 'error');
    }
    this.ticker = setInterval(() => this.tick(), 1000);
    const stopStatistics = this.statistics.start();
    return () => { this.session.close(); clearInterval(this.ticker); stopStatistics(); };
  }

  skillGroupName(number) {
    const group = this.session.skillGroups.get(number);
    return group ? group.name : null;
  }

  async loadReasonCodes() {
    try {
      const codes = await this.client.get('reason-codes');
      fillReasons(byId('not-ready-reason'), codes.notReady);
      fillReasons(byId('logout-reason'), codes.logout);
    } catch (error) {
      logActivity(`reason codes unavailable — ${describeFailure(error)}`, 'error');
    }
  }

  async loadWrapUpReasons() {
    try {
      const { reasons } = await this.client.wrapUpReasons(this.agentId);
      (reasons || []).forEach(({ code, label }) => {
        const option = element('option', null, label);
        option.value = code;
        byId('wrap-up-reason').append(option);
      });
    } catch (error) {
      logActivity(`wrap-up reasons unavailable — ${describeFailure(error)}`, 'error');
    }
  }

  // ------------------------------------------------------------------ state from the stream

  /** Messages received, and the agent's question to its supervisors (the agent's team's, as the stream shows). */
  wireMessages() {
    this.messages = new MessageList(this.client, byId('messages'), `agentId=${encodeURIComponent(this.agentId)}`);
    byId('message-send').addEventListener('click', (event) => {
      if (!this.agent || !this.agent.team) return;
      sendMessage(this.client, { to: 'SUPERVISORS', teamId: Number(this.agent.team) }, byId('message-text'),
        event.currentTarget);
    });
  }

  /** What the page does with the session's news; it renders once per snapshot or event (change). */
  listen() {
    const session = this.session;
    session.on('connectionStatus', ({ status, detail }) => showStream(status, detail));
    session.on('snapshot', () => this.messages.reload());
    session.on('event', ({ type, data }) => {
      if (type === 'HelpRequested' && data.agentId === this.agentId && data.open) this.showHelpComing(data.alert);
      if (type === 'UserMessage') this.messages.add(data);
    });
    session.on('callEnded', ({ callId, callKey }) => {
      if (this.handled.has(callId) && callKey) this.offerWrapUp(this.handled.get(callId), callKey);
    });
    session.on('callUpdated', ({ call }) => {
      this.handled.set(call.id, call);
      if (this.wrapUpCall && this.wrapUpCall.callId !== call.id) this.closeWrapUp();
    });
    session.on('callDelivered', ({ agentId, screenPop }) => {
      if (agentId === this.agentId && screenPop) logActivity(`Call delivered from ${screenPop.ani || 'an unknown number'}`);
    });
    session.on('change', () => this.render());
  }

  // ------------------------------------------------------------------ rendering

  render() {
    this.renderAgent();
    this.renderCalls();
  }

  enabled(action) {
    return Boolean(this.agent && this.agent.isEnabled(action));
  }

  renderAgent() {
    const agent = this.agent;
    if (!agent) return;
    const state = byId('agent-state');
    state.textContent = stateLabel(agent.state);
    state.className = `state-badge state-${agent.state}`;
    byId('agent-name').textContent = agentName(agent);
    byId('agent-extension').textContent = agent.extension ? `· extension ${agent.extension}` : '';
    byId('agent-reason').textContent = reasonText(agent.reasonCode, agent.reasonLabel);
    byId('agent-pending').textContent = pendingText(agent);
    const instrument = byId('login-instrument');
    if (!instrument.value && agent.extension) instrument.value = agent.extension;
    document.querySelectorAll('#desk [data-enabled-by]').forEach((button) => {
      button.disabled = !button.dataset.enabledBy.split(' ').some((action) => this.enabled(action));
    });
    // With a reason chosen, only the reason-carrying request is right, and the other way round.
    byId('not-ready').disabled = !this.enabled(byId('not-ready-reason').value ? 'NOT_READY_WITH_REASON' : 'NOT_READY');
    byId('logout').disabled = !this.enabled(byId('logout-reason').value ? 'LOGOUT_WITH_REASON' : 'LOGOUT');
    // Assist and Emergency are no switch state change: offered while the agent is logged in.
    const loggedOut = !this.agent || this.agent.state === 'LOGOUT';
    byId('assist').disabled = loggedOut;
    byId('emergency').disabled = loggedOut;
    byId('acd-login').hidden = agent.state !== 'LOGOUT' && !this.enabled('LOGIN');
    if (this.statistics) this.statistics.agentChanged(agent);
    this.tick();
  }

  renderCalls() {
    for (const [id, card] of this.cards) {
      if (!this.calls.has(id)) {
        card.remove();
        this.cards.delete(id);
      }
    }
    for (const call of this.calls.values()) {
      let card = this.cards.get(call.id);
      if (!card) {
        card = this.createCard(call.id);
        this.cards.set(call.id, card);
        byId('calls').append(card);
      }
      this.fillCard(card, call);
    }
    byId('no-calls').hidden = this.calls.size > 0;
  }

  createCard(callId) {
    const card = byId('call-template').content.firstElementChild.cloneNode(true);
    card.dataset.callId = callId;
    card.querySelectorAll('[data-action]').forEach((button) => {
      button.addEventListener('click', () => this.act(callId, button.dataset.action, card, button));
    });
    card.querySelectorAll('[data-tone]').forEach((button) => {
      button.addEventListener('click', () => this.sendTone(callId, button.dataset.tone, card));
    });
    const variables = card.querySelector('[data-field="variables"]');
    CALL_VARIABLE_NAMES.forEach((name) => variables.append(variableInput(name, 40)));
    card.querySelector('[data-field="save"]').addEventListener('click', (event) => this.saveData(callId, card,
      event.currentTarget));
    card.querySelector('[data-field="wrapup"]').addEventListener('input', markDirty);
    return card;
  }

  fillCard(card, call) {
    const field = (name) => card.querySelector(`[data-field="${name}"]`);
    const mine = (call.parties || []).find((party) => party.agentId === this.agentId);
    const ringing = mine && mine.state === 'ALERTING';
    card.classList.toggle('ringing', Boolean(ringing));
    field('title').textContent = ringing ? `Incoming call ${call.id}` : `Call ${call.id}`;
    field('state').textContent = mine ? connectionLabel(mine.state) : stateLabel(call.state);
    field('ani').textContent = call.ani || '—';
    field('dnis').textContent = call.dnis || call.dialedNumber || '—';
    field('skillGroup').textContent = call.skillGroup
      ? `${this.skillGroupName(call.skillGroup) || 'group'} (${call.skillGroup})` : '—';
    field('queueTime').textContent = call.deliveredAt ? elapsed(call.begunAt, call.deliveredAt) : '—';
    field('ced').textContent = call.callerEnteredDigits || '—';
    field('parties').textContent = (call.parties || []).map((party) => `${party.deviceId}${party.agentId
      ? ` (agent ${party.agentId})` : ''} ${connectionLabel(party.state).toLowerCase()}`).join(', ');
    field('recording').textContent = call.recording ? 'Yes' : 'No';
    const enabled = call.enabledFor(this.agentId);
    card.querySelectorAll('[data-action]').forEach((button) => {
      button.disabled = !CALL_BUTTON_ENABLED_BY[button.dataset.action].some((action) => enabled.includes(action));
    });
    card.querySelectorAll('[data-tone]').forEach((button) => {
      button.disabled = !enabled.includes('SEND_DTMF');
    });
    CALL_VARIABLE_NAMES.forEach((name) => setUnlessDirty(card.querySelector(`[data-variable="${name}"]`),
      (call.callVariables || {})[name] || ''));
    const ecc = field('ecc');
    Object.entries(call.ecc || {}).forEach(([name, value]) => {
      let input = ecc.querySelector(`[data-variable="${CSS.escape(name)}"]`);
      if (!input) {
        ecc.append(variableInput(name, 210));
        input = ecc.querySelector(`[data-variable="${CSS.escape(name)}"]`);
      }
      setUnlessDirty(input, value);
    });
    setUnlessDirty(field('wrapup'), call.wrapupData || '');
  }

  tick() {
    if (this.agent) byId('agent-since').textContent = elapsed(this.agent.stateSince);
  }

  // ------------------------------------------------------------------ requests

  /** Assist or Emergency: the switch found a supervisor; its team's supervisors have the alert. */
  showHelpComing(alert) {
    const kind = alert.kind === 'EMERGENCY' ? 'Emergency' : 'Assist';
    byId('help-status').textContent = `${kind}: help is coming — your supervisors have been alerted`
      + `${alert.callId ? ` about call ${alert.callId}` : ''}.`;
    byId('help-status').className = 'help-coming';
  }

  async askForHelp(emergency, button) {
    const kind = emergency ? 'Emergency' : 'Assist';
    button.disabled = true;
    try {
      const alert = await this.agent.askForHelp(emergency);
      logActivity(`${kind}: done`);
      this.showHelpComing(alert);
    } catch (error) {
      // The switch found no supervisor: say so plainly, where the agent looks.
      const nobody = error && error.problem && error.problem.failureName === 'SUPERVISOR_NOT_FOUND';
      const text = nobody ? `${kind}: no supervisor of your team is logged in — nobody could be alerted.`
        : `${kind} failed — ${describeFailure(error)}`;
      byId('help-status').textContent = text;
      byId('help-status').className = 'error-text';
      logActivity(text, 'error');
    }
    this.renderAgent();
  }

  wireAgentButtons() {
    byId('assist').addEventListener('click', (event) => this.askForHelp(false, event.currentTarget));
    byId('emergency').addEventListener('click', (event) => this.askForHelp(true, event.currentTarget));
    const change = (description, body, button) => perform(description, () => this.agent.setState(body), button)
      .then(() => this.renderAgent());
    const reason = (select) => (select.value ? { reasonCode: Number(select.value) } : {});
    byId('login').addEventListener('click', (event) => change('Log in', {
      state: 'LOGIN', instrument: byId('login-instrument').value.trim() || undefined,
      password: byId('login-password').value,
    }, event.currentTarget));
    byId('ready').addEventListener('click', (event) => change('Ready', { state: 'AVAILABLE' }, event.currentTarget));
    byId('not-ready').addEventListener('click', (event) => change('Not ready', {
      state: 'NOT_READY', ...reason(byId('not-ready-reason')),
    }, event.currentTarget));
    byId('wrap-up-ready').addEventListener('click', (event) => change('Wrap-up', { state: 'WORK_READY' },
      event.currentTarget));
    byId('wrap-up-not-ready').addEventListener('click', (event) => change('Wrap-up', { state: 'WORK_NOT_READY' },
      event.currentTarget));
    byId('logout').addEventListener('click', (event) => change('Log out', {
      state: 'LOGOUT', ...reason(byId('logout-reason')),
    }, event.currentTarget));
    ['not-ready-reason', 'logout-reason'].forEach((id) => byId(id).addEventListener('change', () => this.renderAgent()));
  }

  wireDialPad() {
    const pad = byId('dial-pad');
    const number = byId('dial-number');
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'].forEach((digit) => {
      const key = element('button', null, digit);
      key.type = 'button';
      key.setAttribute('aria-label', `digit ${digit}`);
      key.addEventListener('click', () => { number.value += digit; });
      pad.append(key);
    });
    byId('make-call').addEventListener('click', (event) => {
      const destination = number.value.trim();
      if (!destination) {
        logActivity('Enter a number to call', 'error');
        return;
      }
      perform(`Call ${destination}`, () => this.agent.makeCall(destination), event.currentTarget)
        .then(() => this.renderAgent());
    });
  }

  // ------------------------------------------------------------------ wrap-up after hang-up

  /** After the agent's call ended: the wrap-up panel for it, with what was typed as wrap-up data during the call. */
  offerWrapUp(call, callKey) {
    this.handled.delete(call.id);
    this.wrapUpCall = { callId: call.id, callKey };
    byId('wrap-up-call').textContent = `· call ${call.id}${call.ani ? ` from ${call.ani}` : ''}`;
    byId('wrap-up-reason').value = '';
    byId('wrap-up-data').value = call.wrapupData || '';
    byId('wrap-up').hidden = false;
  }

  /** The agent's next call closes the wrap-up of the one before (the server refuses it then). */
  closeWrapUp() {
    this.wrapUpCall = null;
    byId('wrap-up').hidden = true;
  }

  wireWrapUp() {
    byId('wrap-up-save').addEventListener('click', (event) => {
      const button = event.currentTarget;
      const target = this.wrapUpCall;
      const reason = byId('wrap-up-reason').value;
      if (!target) return;
      if (!reason) {
        logActivity('Wrap-up: choose a reason', 'error');
        return;
      }
      perform(`Wrap-up of call ${target.callId}`, () => this.client.wrapUp(target.callKey, this.agentId, reason,
        byId('wrap-up-data').value), button).then((record) => {
        button.disabled = false;
        if (record !== undefined && this.wrapUpCall === target) this.closeWrapUp();
      });
    });
  }

  act(callId, action, card, button) {
    const call = this.calls.get(callId);
    if (!call) return;
    const body = {};
    if (NEEDS_DESTINATION.has(action)) {
      body.destination = card.querySelector('[data-field="destination"]').value.trim();
      if (!body.destination) {
        logActivity(`${stateLabel(action)}: enter the number to transfer, consult or deflect to`, 'error');
        return;
      }
    }
    const name = NEEDS_FIELD[action];
    if (name) {
      body[name] = card.querySelector(`[data-field="${name}"]`).value.trim();
      if (!body[name]) {
        logActivity(`${stateLabel(action)}: enter the ${name}`, 'error');
        return;
      }
    }
    perform(`${stateLabel(action)} call ${callId}`, () => call.act(action, body), button)
      .then(() => { if (this.calls.has(callId)) this.fillCard(card, this.calls.get(callId)); });
  }

  /** A keypad key: its tone at once, as a phone's; the tones of quick presses go out in the order pressed. */
  sendTone(callId, tone, card) {
    const call = this.calls.get(callId);
    if (!call) return;
    card.tones = (card.tones || Promise.resolve()).then(() => perform(`Tone ${tone} on call ${callId}`,
      () => call.sendDtmf(tone)));
  }

  saveData(callId, card, button) {
    const changed = (inputs) => Object.fromEntries(Array.from(inputs).filter((input) => input.dataset.dirty)
      .map((input) => [input.dataset.variable, input.value]));
    const body = {
      callVariables: changed(card.querySelectorAll('[data-field="variables"] input')),
      ecc: changed(card.querySelectorAll('[data-field="ecc"] input')),
    };
    const wrapup = card.querySelector('[data-field="wrapup"]');
    if (wrapup.dataset.dirty) body.wrapupData = wrapup.value;
    const call = this.calls.get(callId);
    if (!call) return;
    perform(`Save call data of call ${callId}`, () => call.setData(body), button)
      .then((stored) => {
        if (stored !== undefined) card.querySelectorAll('[data-dirty]').forEach((input) => delete input.dataset.dirty);
        button.disabled = false;
        if (this.calls.has(callId)) this.fillCard(card, this.calls.get(callId));
      });
  }
}

function fillReasons(select, codes) {
  (codes || []).forEach(({ code, label }) => {
    const option = element('option', null, `${code} · ${label}`);
    option.value = String(code);
    select.append(option);
  });
}

function variableInput(name, maxLength) {
  const label = element('label', null, name);
  const input = element('input');
  input.dataset.variable = name;
  input.maxLength = maxLength;
  input.autocomplete = 'off';
  input.addEventListener('input', markDirty);
  label.append(input);
  return label;
}

function markDirty(event) {
  event.currentTarget.dataset.dirty = 'true';
}

/** What the agent is typing wins over what the stream says until it is saved. */
function setUnlessDirty(input, value) {
  if (input && !input.dataset.dirty && input.value !== value) input.value = value;
}

signInThen((client, caller) => {
  byId('choose-agent').hidden = true;
  if (caller.agentId) {
    let stop = null;
    new Desk(client, caller.agentId).start().then((stopDesk) => { stop = stopDesk; });
    return () => stop && stop();
  }
  const form = byId('choose-agent');
  const mayChoose = caller.roles.includes('crm') || caller.roles.includes('admin');
  form.hidden = false;
  if (!mayChoose) {
    form.querySelector('p').textContent = 'This account is not an agent. Supervisors: open the team dashboard.';
    const link = element('a', null, 'Open the supervisor dashboard');
    link.href = 'supervisor/';
    form.querySelector('.row').replaceChildren(link);
    return null;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    form.hidden = true;
    new Desk(client, byId('chosen-agent').value.trim()).start();
  });
  return null;
});
