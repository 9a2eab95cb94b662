/** Formatting shared by the pages. */

/** "m:ss" or "h:mm:ss" between two instants (ISO-8601 strings or Dates); "" when the start is unknown. */
export function elapsed(from, to = new Date()) {
  if (!from) return '';
  const seconds = Math.max(0, Math.floor((new Date(to) - new Date(from)) / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** A protocol state name as people read it: NOT_READY becomes "Not ready". */
export function stateLabel(state) {
  if (!state) return '';
  const words = state.toLowerCase().split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * An agent's reason as people read it: the label the server gives (configured, the switch's own code's, or
 * "Reason 42"), never a bare code; "" when it has none.
 */
export function reasonText(code, label) {
  if (!code) return '';
  return label || `Reason ${code}`;
}

/** The state an agent asked for during a call, taken when the call ends: "Not ready after the call · Lunch". */
export function pendingText(agent) {
  if (!agent || !agent.pendingState) return '';
  const reason = reasonText(agent.pendingReasonCode, agent.pendingReasonLabel);
  return `${stateLabel(agent.pendingState)} after the call${reason ? ` · ${reason}` : ''}`;
}

/**
 * An agent's name as the organisation gives it ("Amara Okafor", or the one name it has); "" when it has none, so
 * that the caller shows the id instead. Text, to be set with textContent: never HTML.
 */
export function agentName(agent) {
  if (!agent) return '';
  return [agent.firstName, agent.lastName].filter((name) => name && name.trim()).join(' ');
}

/** Creates an element with a class and text. */
export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

/** How a device's connection to a call reads (the protocol's LocalConnectionState names). */
const CONNECTION_LABELS = {
  ALERTING: 'Ringing', CONNECT: 'Connected', HOLD: 'Held', INITIATE: 'Dialling', QUEUED: 'Queued', FAIL: 'Failed',
  NULL: 'Gone', NONE: 'Unknown',
};

export function connectionLabel(state) {
  return CONNECTION_LABELS[state] || stateLabel(state);
}
