// TypeScript declarations of event-stream-parser.js: the text/event-stream format (WHATWG) from byte chunks.

/** One event of the stream: its name ("message" when the stream gave none), its data lines joined, its id. */
export interface StreamEvent {
  type: string;
  data: string;
  id: string | null;
}

export class EventStreamParser {
  constructor(onEvent: (event: StreamEvent) => void);
  /** Feeds one chunk of the body; complete lines are handled now, a partial line waits for the next chunk. */
  push(bytes: Uint8Array): void;
}
