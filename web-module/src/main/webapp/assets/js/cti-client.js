/**
 * The browser's client of the CTI OS REST API and event streams: what the agent desktop and the supervisor dashboard
 * are built on, and a reference for CRM integrators. HTTP Basic credentials are kept in sessionStorage (forgotten
 * when the tab closes) and sent with every request; "X-Requested-With" asks the server to leave out its
 * WWW-Authenticate challenge, so a wrong password shows the page's own message instead of the browser's dialog.
 */
import { EventStreamParser } from './event-stream-parser.js';

const CREDENTIALS_KEY = 'ctios.credentials';
const REQUEST_TIMEOUT_MS = 15000;

/** An answer other than 2xx, with the problem details (RFC 9457) the server sent. */
export class ProblemError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

function basic(user, password) {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  bytes.forEach((b) => { binary += String.fromCharCode(b); });
  return `Basic ${btoa(binary)}`;
}

export class CtiClient {
  /** @param {string} authorization the Authorization header value */
  constructor(authorization) {
    this.authorization = authorization;
    const meta = document.querySelector('meta[name="ctios-api"]');
    this.apiBase = new URL(meta ? meta.content : 'api/', document.baseURI);
  }

  /** The client of the earlier sign-in in this tab, or null. */
  static fromSession() {
    const saved = sessionStorage.getItem(CREDENTIALS_KEY);
    return saved ? new CtiClient(saved) : null;
  }

  /** Checks the credentials with GET /me; on success keeps them for this tab and returns [client, caller]. */
  static async signIn(user, password) {
    const client = new CtiClient(basic(user, password));
    const me = await client.get('me');
    sessionStorage.setItem(CREDENTIALS_KEY, client.authorization);
    return [client, me];
  }

  signOut() {
    sessionStorage.removeItem(CREDENTIALS_KEY);
  }

  url(path) {
    return new URL(path, this.apiBase);
  }

  headers(extra = {}) {
    return { Authorization: this.authorization, 'X-Requested-With': 'XMLHttpRequest', ...extra };
  }

  /** One request; resolves to the JSON body (null for 204), rejects with a ProblemError or a network TypeError. */
  async request(method, path, body) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    try {
      const response = await fetch(this.url(path), {
        method,
        headers: this.headers(body === undefined ? { Accept: 'application/json' }
          : { Accept: 'application/json', 'Content-Type': 'application/json' }),
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
        cache: 'no-store',
      });
      const text = await response.text();
      const json = text ? JSON.parse(text) : null;
      if (!response.ok) {
        throw new ProblemError(response.status, json || { title: response.statusText });
      }
      return json;
    } finally {
      clearTimeout(timer);
    }
  }

  get(path) { return this.request('GET', path); }

  put(path, body) { return this.request('PUT', path, body); }

  post(path, body) { return this.request('POST', path, body); }

  /** The wrap-up reasons offered to that agent (its team's list, else the global one), in the configured order. */
  wrapUpReasons(agentId) { return this.get(`wrapup-reasons?agentId=${encodeURIComponent(agentId)}`); }

  /**
   * The agent's wrap-up of an ended call (its history record's callKey): a reason's code and, when given, wrap-up
   * data. Accepted until the agent's next call, at most the server's window after the call ended.
   */
  wrapUp(callKey, agentId, wrapupReason, wrapupData) {
    const body = { agentId, wrapupReason };
    if (wrapupData !== undefined) body.wrapupData = wrapupData;
    return this.put(`calls/history/${encodeURIComponent(callKey)}/wrapup`, body);
  }

  /**
   * Follows an event stream (query such as "agentId=1001" or "teamId=1") until stop(); reconnects by itself with
   * Last-Event-ID, so the server sends what was missed or a fresh snapshot.
   *
   * @param {string} query
   * @param {{snapshot: function(object), event: function(string, object), status: function(string, string=)}} handlers
   */
  followEvents(query, handlers) {
    const follower = new EventFollower(this, query, handlers);
    follower.start();
    return follower;
  }
}

const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 15000;
// The server sends a heartbeat comment every 15 s to a quiet stream: three missed ones mean the connection is dead.
const SILENCE_LIMIT_MS = 45000;
// Answers that will not change by retrying: the page must sign in again or ask for something else.
const FINAL_STATUSES = new Set([400, 401, 403, 404, 406]);

class EventFollower {
  constructor(client, query, handlers) {
    this.client = client;
    this.query = query;
    this.handlers = handlers;
    this.lastEventId = null;
    this.stopped = false;
    this.retryMs = FIRST_RETRY_MS;
  }

  async start() {
    while (!this.stopped) {
      try {
        await this.connectOnce();
      } catch (error) {
        if (this.stopped) return;
        if (error instanceof ProblemError && FINAL_STATUSES.has(error.status)) {
          this.handlers.status('failed', error.message);
          return;
        }
        this.handlers.status('reconnecting', error.message || String(error));
      }
      if (this.stopped) return;
      this.handlers.status('reconnecting', `next attempt in ${Math.round(this.retryMs / 1000)} s`);
      await new Promise((resolve) => { setTimeout(resolve, this.retryMs); });
      this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    }
  }

  async connectOnce() {
    this.controller = new AbortController();
    const extra = { Accept: 'text/event-stream' };
    if (this.lastEventId) extra['Last-Event-ID'] = this.lastEventId;
    this.handlers.status('connecting');
    const response = await fetch(this.client.url(`events?${this.query}`), {
      headers: this.client.headers(extra), signal: this.controller.signal, cache: 'no-store',
    });
    if (!response.ok) {
      const text = await response.text();
      throw new ProblemError(response.status, text ? JSON.parse(text) : { title: response.statusText });
    }
    this.handlers.status('open');
    this.retryMs = FIRST_RETRY_MS;
    const parser = new EventStreamParser((event) => this.deliver(event));
    const reader = response.body.getReader();
    let watchdog = this.armWatchdog();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        clearTimeout(watchdog);
        watchdog = this.armWatchdog();
        parser.push(value);
      }
    } finally {
      clearTimeout(watchdog);
    }
    throw new Error('the server ended the event stream');
  }

  armWatchdog() {
    return setTimeout(() => this.controller.abort(), SILENCE_LIMIT_MS);
  }

  deliver(event) {
    if (event.id) this.lastEventId = event.id;
    try {
      const data = JSON.parse(event.data);
      if (event.type === 'snapshot') this.handlers.snapshot(data);
      else this.handlers.event(event.type, data);
    } catch (error) {
      // One event the page cannot show must not tear down the stream (and reconnect over and over).
      console.error(`event ${event.type} ${event.id} was not shown`, error);
    }
  }

  stop() {
    this.stopped = true;
    if (this.controller) this.controller.abort();
  }
}

/** Polls GET /system/link (every signed-in user may) and reports the CTI link's state. */
export function watchLink(client, onLink, periodMs = 5000) {
  let timer = null;
  let stopped = false;
  const poll = async () => {
    try {
      onLink(await client.get('system/link'), null);
    } catch (error) {
      onLink(null, error);
    }
    if (!stopped) timer = setTimeout(poll, periodMs);
  };
  poll();
  return () => { stopped = true; clearTimeout(timer); };
}
