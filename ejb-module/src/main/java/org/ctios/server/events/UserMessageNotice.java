package org.ctios.server.events;

import java.util.List;
import org.ctios.server.api.view.UserMessageView;

/**
 * A user message was stored: the event streams of its recipients show it. It names its recipients as they were
 * when it was applied, since a team's members are who they were then; it concerns no agent's or call's state, so
 * the streams read nothing for it.
 *
 * @param agentIds          the agents whose desktops receive it (an agent, a team's members); empty for everyone
 * @param supervisorTeamIds the teams whose supervisors receive it on their team streams; empty for everyone
 * @param everyone          every agent and every team's supervisors receive it
 */
public record UserMessageNotice(UserMessageView message, List<String> agentIds, List<Integer> supervisorTeamIds,
                                boolean everyone) implements Notice {

    public UserMessageNotice {
        agentIds = List.copyOf(agentIds);
        supervisorTeamIds = List.copyOf(supervisorTeamIds);
    }

    @Override
    public Concerns concerns() {
        return new Concerns(List.of(), List.of(), List.of());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.userMessage(this);
    }
}
