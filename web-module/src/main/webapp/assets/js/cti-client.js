/**
 * The JavaScript client library of CTI OS, an ES module with no dependency, for browser applications (the agent
 * desktop and the supervisor dashboard are built on it, as any integrator's page would be). Load it from the server:
 *
 *   import { CtiClient } from '/cti/assets/js/cti-client.js';
 *   const [client] = await CtiClient.signIn('1001', '1001');
 *   const session = await client.openSession({ agentId: '1001' });
 *   session.on('callDelivered', ({ call }) => console.log(call.ani, call.callVariables));
 *
 * - CtiClient: the REST API (JSON, problem+json errors as ProblemError, a 15-s bound on every request) with HTTP
 *   Basic credentials, kept in sessionStorage (forgotten when the tab closes) by signIn; "X-Requested-With" asks the
 *   server to leave out its WWW-Authenticate challenge, so a wrong password does not open the browser's dialog.
 * - CtiSession (openSession): agent mode or monitor mode, the live Agent, Call, SkillGroup and Team objects with
 *   their controls, and listeners (cti-session.js, cti-live-objects.js).
 * - followEvents and EventStreamParser: the event stream itself, for a client that keeps its own model.
 * TypeScript declarations: cti-client.d.ts beside this file.
 */
import { EventStreamParser } from './event-stream-parser.js';
import { CtiSession } from './cti-session.js';

export { EventStreamParser } from './event-stream-parser.js';
export { CtiSession } from './cti-session.js';
export { Agent, Call, SkillGroup, Team } from './cti-live-objects.js';

const CREDENTIALS_KEY = 'ctios.credentials';
const REQUEST_TIMEOUT_MS = 15000;

/**
 * An answer other than 2xx, with the problem details (RFC 9457) the server sent: status, and problem's type (a
 * stable URN such as urn:ctios:problem:not-enabled), title, detail and the type's own members (enabledActions,
 * failureCode...). A network failure or a request that timed out rejects with the browser's TypeError or AbortError.
 */
export class ProblemError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ProblemError';
    this.status = status;
    this.problem = problem;
  }

  /** The problem's type URN, or undefined when the server sent none. */
  get type() {
    return this.problem.type;
  }
}

function basic(user, password) {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  bytes.forEach((b) => { binary += String.fromCharCode(b); });
  return `Basic ${btoa(binary)}`;
}

export class CtiClient {
  /**
   * @param {string} authorization the Authorization header value ("Basic ...", or "Bearer ..." once tokens exist)
   * @param {{apiBase?: string}} options where the REST API is; by default the page's meta "ctios-api", else "api/",
   *   relative to the page (an integrator's page elsewhere on the server gives "/cti/api/")
   */
  constructor(authorization, options = {}) {
    this.authorization = authorization;
    const meta = document.querySelector('meta[name="ctios-api"]');
    this.apiBase = new URL(options.apiBase || (meta ? meta.content : 'api/'), document.baseURI);
  }

  /** The client of the earlier sign-in in this tab, or null. */
  static fromSession() {
    const saved = sessionStorage.getItem(CREDENTIALS_KEY);
    return saved ? new CtiClient(saved) : null;
  }

  /**
   * Checks the credentials with GET /me; on success keeps them for this tab and resolves to [client, caller], the
   * caller as GET /me shows it ({agentId, name, roles, supervisedTeamId}); rejects with a ProblemError (401).
   */
  static async signIn(user, password, options = {}) {
    const client = new CtiClient(basic(user, password), options);
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
   * Opens a session (agent mode with agentId; monitor mode with teamId, filter, or neither): resolves once its first
   * reads are done and its stream is asked for. See CtiSession.
   */
  openSession(options = {}) {
    return new CtiSession(this, options).start();
  }

  /** Polls GET /system/link (see watchLink below); returns a function that stops it. */
  watchLink(onLink, periodMs) {
    return watchLink(this, onLink, periodMs);
  }

  /**
   * Follows an event stream (query such as "agentId=1001" or "teamId=1") until stop(); reconnects by itself with
   * Last-Event-ID, so the server sends what was missed or a fresh snapshot. A CtiSession does this for you.
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
