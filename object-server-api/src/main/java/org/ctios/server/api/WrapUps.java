package org.ctios.server.api;

import java.util.List;
import org.ctios.server.api.view.CallRecordView;
import org.ctios.server.api.view.WrapUpReason;

/**
 * Wrap-up reasons (dispositions): the configured catalogue, and an agent's wrap-up of a call it handled, set on the
 * call's history record after the call ended. Access control is the caller's (the REST layer's rules); these rules
 * are the call's.
 */
public interface WrapUps {

    /** The reasons offered to that agent: its team's list if the team has one, else the global list. */
    List<WrapUpReason> reasonsFor(String agentId);

    /** The reasons of that team: its own list if it has one, else the global list ({@code null}: the global list). */
    List<WrapUpReason> reasonsOfTeam(Integer teamId);

    /**
     * Sets the wrap-up reason, and the wrap-up data when given, on an ended call's record for an agent that handled
     * it, while its wrap-up lasts: until the agent's next call (one that ended since, or one in progress that began
     * after this one ended) and at most ctios.wrapup.window after the call's end. Setting it again within that time
     * replaces it.
     *
     * @param data the new wrap-up data (at most 39 characters; {@code ""} clears it); null keeps the call's
     * @return the record as stored now, with its timeline
     * @throws IllegalArgumentException   a reason not in the agent's catalogue, or data too long
     * @throws UnknownCallRecordException no such ended call
     * @throws UnknownAgentException      no such agent
     * @throws WrapUpRefusedException     the agent is not on the call, or the call's wrap-up is over
     */
    CallRecordView wrapUp(String callKey, String agentId, String reason, String data);
}
