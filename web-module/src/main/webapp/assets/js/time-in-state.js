/**
 * The dashboard's "Today's time in state" table: each member's time logged in, ready, not ready (with the
 * reasons), talking and in wrap-up since midnight UTC, from the server's own timeline of its state changes
 * (GET /api/agents/{id}/timeline/summary). A database read per member, so it is asked once a minute; the live
 * "time in state" column of the agents' table needs no request at all.
 */
import { MemberFiguresTable, duration } from './member-figures.js';

const REFRESH_MS = 60_000;

const time = (key) => [key, (summary) => duration(summary[key])];

export function timeInStateTable(client, members, body) {
  return new MemberFiguresTable(client, body, {
    members,
    shows: () => true,
    path: (member) => `agents/${encodeURIComponent(member.id)}/timeline/summary`,
    columns: [time('loggedInSeconds'), time('readySeconds'), time('notReadySeconds'), time('talkingSeconds'),
      time('wrapUpSeconds')],
    note: (summary) => (summary.notReadyByReason || [])
      .map((reason) => `${reason.reasonLabel || 'No reason'} ${duration(reason.seconds)}`).join(', '),
    delayMs: () => REFRESH_MS,
  });
}
