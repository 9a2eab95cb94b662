/**
 * The dashboard's "Today, from the switch" table: each logged-in member's figures since midnight as the switch
 * counts them (GET /api/agents/{id}/statistics) and how old they are. Asked again every refreshSeconds the server
 * gives: the server asks the switch at most once per agent per that interval however many pages read, so asking
 * more often would only get the same figures. Logged-out members are not asked for: their figures do not move.
 */
import { MemberFiguresTable, duration } from './member-figures.js';

/** Until the first answer says the server's interval. */
const FIRST_REFRESH_SECONDS = 30;

const time = (key) => [key, (statistics) => duration(statistics.today[key])];
const count = (key) => [key, (statistics) => String(statistics.today[key] || 0)];

export function agentStatisticsTable(client, members, body) {
  let refreshSeconds = FIRST_REFRESH_SECONDS;
  return new MemberFiguresTable(client, body, {
    members,
    shows: (member) => member.state !== 'LOGOUT',
    path: (member) => `agents/${encodeURIComponent(member.id)}/statistics`,
    columns: [time('loggedOnSeconds'), time('availableSeconds'), time('notReadySeconds'), count('handledCalls'),
      time('handledTalkSeconds'), time('handledWrapUpSeconds'), count('outboundCalls')],
    note: (statistics) => {
      refreshSeconds = Math.max(1, statistics.refreshSeconds || FIRST_REFRESH_SECONDS);
      return `${statistics.ageSeconds} s ago`;
    },
    delayMs: () => refreshSeconds * 1000,
  });
}
