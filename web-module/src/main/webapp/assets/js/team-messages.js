/**
 * Team messages on both pages: the list of messages received (newest first, read from GET /api/messages when the
 * stream starts or starts again from a snapshot, so that a page that was away sees what it missed, then kept up by
 * the stream's UserMessage events) and the composer that sends one (POST /api/messages).
 */
import { perform } from './page-shell.js';
import { element } from './format.js';

const SHOWN = 50;

export class MessageList {
  /**
   * @param {HTMLElement} list the element the messages are shown in, newest first
   * @param {string} query what GET /api/messages reads for this page: agentId=... or teamId=...
   */
  constructor(client, list, query) {
    this.client = client;
    this.list = list;
    this.query = query;
    this.byId = new Map();
  }

  /** Reads the newest messages again: after a snapshot, the stream may have skipped some. */
  async reload() {
    try {
      const page = await this.client.get(`messages?${this.query}&limit=${SHOWN}`);
      page.messages.slice().reverse().forEach((message) => this.add(message));
    } catch (error) {
      // the list keeps what it shows; the stream's events still arrive
    }
  }

  /** A message from the stream or a read; one already shown is not shown twice. */
  add(message) {
    if (this.byId.has(message.id)) return;
    const item = element('li', 'message');
    item.dataset.messageId = message.id;
    const time = new Date(message.sentAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    item.append(element('span', 'muted', `${time} · ${message.sender}${audience(message)}: `),
      element('span', 'message-text', message.text));
    this.byId.set(message.id, item);
    const newer = [...this.byId.keys()].filter((id) => id > message.id).length;
    this.list.insertBefore(item, this.list.children[newer] || null);
    while (this.list.children.length > SHOWN) {
      const oldest = this.list.lastElementChild;
      this.byId.delete(Number(oldest.dataset.messageId));
      oldest.remove();
    }
  }
}

function audience(message) {
  if (message.to === 'EVERYONE') return ' to everyone';
  if (message.to === 'TEAM') return ` to team ${message.teamId}`;
  return '';
}

/** Sends the text of {@code input} to {@code to} ({to, agentId, teamId}); clears the input when it went. */
export async function sendMessage(client, to, input, button) {
  const text = input.value;
  const sent = await perform(`Message ${describe(to)}`, () => client.post('messages', { ...to, text }), button);
  if (button) button.disabled = false;
  if (sent !== undefined) input.value = '';
}

function describe(to) {
  if (to.to === 'AGENT') return `to ${to.agentId}`;
  if (to.to === 'TEAM') return `to team ${to.teamId}`;
  if (to.to === 'SUPERVISORS') return 'to the supervisors';
  return 'to everyone';
}
