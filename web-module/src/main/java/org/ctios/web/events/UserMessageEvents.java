package org.ctios.web.events;

import jakarta.json.bind.Jsonb;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctios.server.events.UserMessageNotice;

/**
 * A stored team message as a stream event, {@code UserMessage}, for exactly its recipients: an agent-mode stream of
 * an agent it is for, a team-mode stream of a team whose supervisors it is for; a message for everyone reaches every
 * agent-mode and team-mode stream. Monitor-mode streams (crm, admin: every event, or a filter) never carry messages:
 * they are between people, and an integration follows calls and states. So the routing names its recipients, with
 * {@link #EVERY} standing for all agents or all teams, and {@link EventFilter} lets the event through by the
 * stream's own agent or team only.
 */
final class UserMessageEvents {

    /** The event's name. */
    static final String EVENT = "UserMessage";
    /** Every agent or team, in a message's routing: no filter value can be it (values are letters, digits, _ . -). */
    static final String EVERY = "*";

    private UserMessageEvents() {
    }

    static NoticeTranslator.Translated translate(UserMessageNotice notice, Jsonb json) {
        Set<String> agents = notice.everyone() ? Set.of(EVERY) : Set.copyOf(notice.agentIds());
        Set<String> teams = notice.everyone() ? Set.of(EVERY)
                : notice.supervisorTeamIds().stream().map(String::valueOf).collect(Collectors.toSet());
        return new NoticeTranslator.Translated(EVENT, json.toJson(notice.message()),
                new EventRouting(EVENT, agents, teams, Set.of()));
    }

    /** Whether a stream of that agent (agent mode) or team (team mode) receives the message so routed. */
    static boolean reaches(EventRouting message, String soleAgent, Integer soleTeam) {
        if (soleAgent != null) {
            return message.agentIds().contains(soleAgent) || message.agentIds().contains(EVERY);
        }
        if (soleTeam != null) {
            String team = String.valueOf(soleTeam);
            return message.teamIds().contains(team) || message.teamIds().contains(EVERY);
        }
        return false;
    }
}
