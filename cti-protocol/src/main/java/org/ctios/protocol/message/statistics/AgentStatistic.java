package org.ctios.protocol.message.statistics;

/**
 * The 42 statistics QUERY_AGENT_STATISTICS_CONF carries twice, once since the agent's login (the guide's
 * "...Session" fields) and once since midnight ("...Today"), in wire order, each a UINT named as in the guide
 * without its suffix. Times are seconds, the others counts of completed calls.
 */
public enum AgentStatistic {
    AVAIL_TIME("AvailTime"),
    LOGGED_ON_TIME("LoggedOnTime"),
    NOT_READY_TIME("NotReadyTime"),
    ICM_AVAILABLE_TIME("ICMAvailableTime"),
    ROUTABLE_TIME("RoutableTime"),
    AGENT_OUT_CALLS("AgentOutCalls"),
    AGENT_OUT_CALLS_TALK_TIME("AgentOutCallsTalkTime"),
    AGENT_OUT_CALLS_TIME("AgentOutCallsTime"),
    AGENT_OUT_CALLS_HELD("AgentOutCallsHeld"),
    AGENT_OUT_CALLS_HELD_TIME("AgentOutCallsHeldTime"),
    HANDLED_CALLS("HandledCalls"),
    HANDLED_CALLS_TALK_TIME("HandledCallsTalkTime"),
    HANDLED_CALLS_AFTER_CALL_TIME("HandledCallsAfterCallTime"),
    HANDLED_CALLS_TIME("HandledCallsTime"),
    INCOMING_CALLS_HELD("IncomingCallsHeld"),
    INCOMING_CALLS_HELD_TIME("IncomingCallsHeldTime"),
    INTERNAL_CALLS("InternalCalls"),
    INTERNAL_CALLS_TIME("InternalCallsTime"),
    INTERNAL_CALLS_RCVD("InternalCallsRcvd"),
    INTERNAL_CALLS_RCVD_TIME("InternalCallsRcvdTime"),
    INTERNAL_CALLS_HELD("InternalCallsHeld"),
    INTERNAL_CALLS_HELD_TIME("InternalCallsHeldTime"),
    AUTO_OUT_CALLS("AutoOutCalls"),
    AUTO_OUT_CALLS_TALK_TIME("AutoOutCallsTalkTime"),
    AUTO_OUT_CALLS_TIME("AutoOutCallsTime"),
    AUTO_OUT_CALLS_HELD("AutoOutCallsHeld"),
    AUTO_OUT_CALLS_HELD_TIME("AutoOutCallsHeldTime"),
    PREVIEW_CALLS("PreviewCalls"),
    PREVIEW_CALLS_TALK_TIME("PreviewCallsTalkTime"),
    PREVIEW_CALLS_TIME("PreviewCallsTime"),
    PREVIEW_CALLS_HELD("PreviewCallsHeld"),
    PREVIEW_CALLS_HELD_TIME("PreviewCallsHeldTime"),
    RESERVATION_CALLS("ReservationCalls"),
    RESERVATION_CALLS_TALK_TIME("ReservationCallsTalkTime"),
    RESERVATION_CALLS_TIME("ReservationCallsTime"),
    RESERVATION_CALLS_HELD("ReservationCallsHeld"),
    RESERVATION_CALLS_HELD_TIME("ReservationCallsHeldTime"),
    BARGE_IN_CALLS("BargeInCalls"),
    INTERCEPT_CALLS("InterceptCalls"),
    MONITOR_CALLS("MonitorCalls"),
    WHISPER_CALLS("WhisperCalls"),
    EMERGENCY_CALLS("EmergencyCalls");

    private final String guideName;

    AgentStatistic(String guideName) {
        this.guideName = guideName;
    }

    /**
     * The field's name in the Message Reference Guide without its "Session" or "Today" suffix.
     */
    public String guideName() {
        return guideName;
    }
}
