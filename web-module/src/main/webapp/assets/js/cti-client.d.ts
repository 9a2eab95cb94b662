// TypeScript declarations of the CTI OS JavaScript client library (cti-client.js, its entry point). The objects
// carry the REST API's representations (see /cti/openapi); the fields named here are those a client most needs.

export { EventStreamParser, StreamEvent } from './event-stream-parser.js';

/** Problem details (RFC 9457) as the server sends them, with the type's own members. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  [member: string]: unknown;
}

/** An answer other than 2xx. A network failure rejects with TypeError, a request timed out with AbortError. */
export class ProblemError extends Error {
  readonly name: 'ProblemError';
  readonly status: number;
  readonly problem: Problem;
  /** The problem's type URN, e.g. urn:ctios:problem:not-enabled. */
  readonly type: string | undefined;
  constructor(status: number, problem: Problem);
}

/** The signed-in user, as GET /api/me shows it. */
export interface Caller {
  agentId: string | null;
  name: string;
  roles: string[];
  supervisedTeamId: string | null;
}

/** The CTI link, as GET /api/system/link shows it. */
export interface LinkStatus {
  connected: boolean;
  peripheralOnline: boolean;
  resynchronising: boolean;
  side: string | null;
  since: string | null;
}

export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'failed' | 'closed';

export interface ClientOptions {
  /** Where the REST API is, e.g. "/cti/api/"; by default the page's meta "ctios-api", else "api/". */
  apiBase?: string;
}

export interface EventHandlers {
  snapshot(data: { agents: AgentData[]; calls: CallData[] }): void;
  event(type: string, data: any): void;
  status(status: ConnectionStatus, detail?: string): void;
}

export interface EventFollower {
  stop(): void;
}

export class CtiClient {
  readonly authorization: string;
  readonly apiBase: URL;
  constructor(authorization: string, options?: ClientOptions);
  /** The client of the earlier sign-in in this tab, or null. */
  static fromSession(): CtiClient | null;
  /** Checks the credentials (GET /api/me) and keeps them for this tab. */
  static signIn(user: string, password: string, options?: ClientOptions): Promise<[CtiClient, Caller]>;
  signOut(): void;
  url(path: string): URL;
  request<T = any>(method: string, path: string, body?: unknown): Promise<T>;
  get<T = any>(path: string): Promise<T>;
  put<T = any>(path: string, body: unknown): Promise<T>;
  post<T = any>(path: string, body: unknown): Promise<T>;
  wrapUpReasons(agentId: string): Promise<{ reasons: { code: string; label: string }[] }>;
  wrapUp(callKey: string, agentId: string, wrapupReason: string, wrapupData?: string): Promise<any>;
  openSession(options?: SessionOptions): Promise<CtiSession>;
  watchLink(onLink: (link: LinkStatus | null, error: unknown) => void, periodMs?: number): () => void;
  followEvents(query: string, handlers: EventHandlers): EventFollower;
}

/** Polls GET /api/system/link every periodMs (5 s); returns a function that stops it. */
export function watchLink(client: CtiClient, onLink: (link: LinkStatus | null, error: unknown) => void,
                          periodMs?: number): () => void;

export interface AgentData {
  id: string;
  extension: string | null;
  firstName: string | null;
  lastName: string | null;
  state: string;
  reasonCode: number;
  reasonLabel: string | null;
  stateSince: string;
  pendingState?: string | null;
  pendingReasonCode?: number;
  team: string | null;
  supervisor: boolean;
  skillGroups: string[];
  calls: string[];
  enabledActions: string[];
  [field: string]: unknown;
}

export interface Party {
  deviceId: string;
  agentId: string | null;
  state: string;
  supervising: boolean;
}

export interface CallData {
  id: string;
  state: string;
  ani: string | null;
  dnis: string | null;
  dialedNumber: string | null;
  callerEnteredDigits: string | null;
  callVariables: Record<string, string>;
  ecc: Record<string, string>;
  wrapupData: string | null;
  skillGroup: string | null;
  agentIds: string[];
  enabledActions: Record<string, string[]>;
  parties: Party[];
  begunAt: string;
  deliveredAt: string | null;
  answeredAt: string | null;
  recording: boolean;
  [field: string]: unknown;
}

export interface SkillGroupData {
  number: string;
  name: string;
  agentsLoggedIn: number;
  agentsAvailable: number;
  callsQueued: number;
  longestQueuedSeconds: number;
  callsHandledToday: number;
  callsAbandonedToday: number;
  [field: string]: unknown;
}

export interface TeamData {
  id: string;
  name: string;
  supervisors: string[];
  members: AgentData[];
  [field: string]: unknown;
}

/** The answer of a control: the stored object (200, 201), what is known (202), or null (204). */
export type ControlAnswer = Promise<any>;

export interface Agent extends AgentData {}
export class Agent {
  isEnabled(action: string): boolean;
  setState(body: { state: string; reasonCode?: number; instrument?: string; password?: string }): ControlAnswer;
  login(password: string, instrument?: string): ControlAnswer;
  ready(): ControlAnswer;
  notReady(reasonCode?: number): ControlAnswer;
  wrapUp(thenReady?: boolean): ControlAnswer;
  logout(reasonCode?: number): ControlAnswer;
  makeCall(destination: string, data?: { callVariables?: Record<string, string>; ecc?: Record<string, string> }):
    ControlAnswer;
  askForHelp(emergency?: boolean): ControlAnswer;
}

export type CallAction = 'ANSWER' | 'HOLD' | 'RETRIEVE' | 'RELEASE' | 'CONSULT' | 'TRANSFER' | 'CONFERENCE'
  | 'SINGLE_STEP_TRANSFER' | 'ALTERNATE' | 'RECONNECT' | 'DEFLECT' | 'CLEAR_CALL' | 'DROP_PARTY' | 'SEND_DTMF'
  | 'START_RECORDING' | 'STOP_RECORDING' | 'BAD_CALL';

/** In agent mode agentId defaults to the session's agent; in monitor mode it must be given. */
export interface Call extends CallData {}
export class Call {
  enabledFor(agentId: string): string[];
  partyOf(agentId: string): Party | undefined;
  act(action: CallAction, details?: { destination?: string; party?: string; digits?: string },
      agentId?: string): ControlAnswer;
  answer(agentId?: string): ControlAnswer;
  hold(agentId?: string): ControlAnswer;
  retrieve(agentId?: string): ControlAnswer;
  release(agentId?: string): ControlAnswer;
  consult(destination: string, agentId?: string): ControlAnswer;
  transfer(agentId?: string): ControlAnswer;
  conference(agentId?: string): ControlAnswer;
  singleStepTransfer(destination: string, agentId?: string): ControlAnswer;
  deflect(destination: string, agentId?: string): ControlAnswer;
  sendDtmf(digits: string, agentId?: string): ControlAnswer;
  setData(data: { callVariables?: Record<string, string>; ecc?: Record<string, string>; wrapupData?: string }):
    ControlAnswer;
  supervise(action: 'BARGE_IN' | 'INTERCEPT' | 'MONITOR' | 'CLEAR', supervisorId: string): ControlAnswer;
}

export interface SkillGroup extends SkillGroupData {}
export class SkillGroup {}

export interface Team extends TeamData {}
export class Team {}

export interface SessionOptions {
  /** Agent mode: this agent's events. */
  agentId?: string;
  /** Monitor mode for a team: its agents and calls, and every skill group's statistics. */
  teamId?: string | number;
  /** Monitor mode with a filter, e.g. "type:AgentState,CallDelivered;skillGroup:1,2". */
  filter?: string;
  /** Poll GET /api/system/link for linkStatus listeners (default true). */
  watchLink?: boolean;
}

export interface SessionEvents {
  snapshot: CtiSession;
  change: CtiSession;
  agentStateChanged: { agent: Agent; previous: string | null };
  enabledActionsChanged: { agent?: Agent; call?: Call; agentId: string; actions: string[] };
  callDelivered: { call: Call; agentId: string; device: string; screenPop: Record<string, unknown> };
  callEstablished: { call: Call; device: string };
  callUpdated: { type: string; call: Call };
  callEnded: { callId: string; callKey: string | null; reason: string | null; call: Call | null };
  skillGroupStatistics: SkillGroup;
  teamChanged: Team;
  linkStatus: { link: LinkStatus | null; error: unknown };
  connectionStatus: { status: ConnectionStatus; detail?: string };
  event: { type: string; data: any };
}

export class CtiSession {
  constructor(client: CtiClient, options?: SessionOptions);
  readonly client: CtiClient;
  readonly mode: 'agent' | 'monitor';
  readonly agentId: string | null;
  readonly teamId: string | null;
  readonly filter: string | null;
  /** The session's own agent in agent mode. */
  readonly agent: Agent | null;
  readonly agents: Map<string, Agent>;
  readonly calls: Map<string, Call>;
  /** By skill group number. */
  readonly skillGroups: Map<string, SkillGroup>;
  readonly teams: Map<string, Team>;
  readonly link: LinkStatus | null;
  readonly connection: ConnectionStatus;
  on<K extends keyof SessionEvents>(kind: K, listener: (detail: SessionEvents[K]) => void): () => void;
  start(): Promise<CtiSession>;
  close(): void;
}
