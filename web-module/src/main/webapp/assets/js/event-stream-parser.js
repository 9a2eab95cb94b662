/**
 * Reads the text/event-stream format (WHATWG HTML, "Server-sent events") from chunks of bytes, so that a page can
 * follow an event stream with fetch() — which, unlike EventSource, can send an Authorization header.
 */
export class EventStreamParser {
  /** @param {(event: {type: string, data: string, id: string|null}) => void} onEvent */
  constructor(onEvent) {
    this.onEvent = onEvent;
    this.decoder = new TextDecoder('utf-8');
    this.pending = '';
    this.resetEvent();
    this.lastEventId = null;
  }

  resetEvent() {
    this.type = '';
    this.data = [];
  }

  /** Feeds one chunk of the body; complete lines are handled now, a partial line waits for the next chunk. */
  push(bytes) {
    this.pending += this.decoder.decode(bytes, { stream: true });
    let start = 0;
    for (;;) {
      const lineEnd = this.pending.slice(start).search(/\r\n|\r|\n/);
      if (lineEnd < 0) break;
      const line = this.pending.slice(start, start + lineEnd);
      const separator = this.pending.startsWith('\r\n', start + lineEnd) ? 2 : 1;
      // A lone \r at the very end may be the first half of \r\n: wait for the next chunk.
      if (separator === 1 && this.pending[start + lineEnd] === '\r' && start + lineEnd + 1 === this.pending.length) break;
      start += lineEnd + separator;
      this.line(line);
    }
    this.pending = this.pending.slice(start);
  }

  line(line) {
    if (line === '') {
      this.dispatch();
      return;
    }
    if (line.startsWith(':')) return; // a comment: the server's heartbeat
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.type = value;
    else if (field === 'data') this.data.push(value);
    else if (field === 'id' && !value.includes('\0')) this.lastEventId = value;
  }

  dispatch() {
    if (this.data.length > 0) {
      this.onEvent({ type: this.type || 'message', data: this.data.join('\n'), id: this.lastEventId });
    }
    this.resetEvent();
  }
}
