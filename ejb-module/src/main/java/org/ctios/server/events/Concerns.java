package org.ctios.server.events;

import java.util.Collection;
import java.util.List;

/**
 * What a notice is about, as the notice itself answers it ({@link Notice#concerns()}): the agents it names, the calls
 * and the skill groups. An event stream offers the notice's event to the streams that follow any of them; what an
 * agent or a call is now (its team, the agents on the call) comes from the live model, not from here.
 *
 * @param agentIds          the agents the notice names, in its order: the agent whose state changed, the agent a
 *                          call rings for, the agents of an ended call or those who left a call
 * @param callIds           the call it is about
 * @param skillGroupNumbers the skill groups it names: the group a call rang for, or those whose figures changed
 */
public record Concerns(List<String> agentIds, List<Long> callIds, List<Long> skillGroupNumbers) {

    public Concerns {
        agentIds = List.copyOf(agentIds);
        callIds = List.copyOf(callIds);
        skillGroupNumbers = List.copyOf(skillGroupNumbers);
    }

    public static Concerns agent(String agentId) {
        return new Concerns(List.of(agentId), List.of(), List.of());
    }

    public static Concerns call(long callId) {
        return new Concerns(List.of(), List.of(callId), List.of());
    }

    /** A call and agents it names besides those on it now. */
    public static Concerns call(long callId, List<String> agentIds) {
        return new Concerns(agentIds, List.of(callId), List.of());
    }

    public static Concerns skillGroups(Collection<Long> skillGroupNumbers) {
        return new Concerns(List.of(), List.of(), List.copyOf(skillGroupNumbers));
    }
}
