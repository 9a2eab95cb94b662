package org.ctios.web.representation;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ctios.protocol.message.statistics.AgentStatistic;
import org.ctios.server.api.view.AgentStatisticsReading;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An agent's statistics from the switch as the REST API shows them, each QUERY_AGENT_STATISTICS_CONF figure under a
 * plain name (the guide's "Rcvd", "AutoOut" and "ICM" spelled out; "...Time" figures end in "Seconds").
 *
 * @param readAt         when the switch answered
 * @param ageSeconds     how old the figures are now, in whole seconds
 * @param refreshSeconds how old figures may get before a read asks the switch again; pages ask that often
 */
@Schema(description = "An agent's call-handling statistics from the switch, since login and since midnight. "
        + "Times are seconds, the other figures counts of completed calls. The switch is asked at most once per "
        + "agent per refreshSeconds, however many read.", example = "{\"agentId\": \"1001\", "
        + "\"readAt\": \"2026-11-28T12:00:00Z\", \"ageSeconds\": 4, \"refreshSeconds\": 30, \"sinceLogin\": "
        + "{\"loggedOnSeconds\": 3600, \"availableSeconds\": 1200, \"notReadySeconds\": 300, \"handledCalls\": 12, "
        + "\"handledTalkSeconds\": 1800, \"handledWrapUpSeconds\": 240}, \"today\": {\"loggedOnSeconds\": 3600}}")
public record AgentStatisticsRepresentation(String agentId, Instant readAt, long ageSeconds, long refreshSeconds,
                                            @Schema(description = "Each figure since the agent's login")
                                            Map<String, Long> sinceLogin,
                                            @Schema(description = "Each figure since midnight")
                                            Map<String, Long> today) {

    private static final Map<AgentStatistic, String> NAMES = names();

    public static AgentStatisticsRepresentation of(AgentStatisticsReading reading, Duration refresh, Instant now) {
        return new AgentStatisticsRepresentation(reading.agentId(), reading.readAt(),
                Math.max(0, Duration.between(reading.readAt(), now).toSeconds()), refresh.toSeconds(),
                named(reading.sinceLogin()), named(reading.today()));
    }

    /** The plain name of a statistic in this representation. */
    public static String nameOf(AgentStatistic statistic) {
        return NAMES.get(statistic);
    }

    private static Map<String, Long> named(Map<AgentStatistic, Long> values) {
        Map<String, Long> named = new LinkedHashMap<>();
        for (AgentStatistic statistic : AgentStatistic.values()) {
            named.put(NAMES.get(statistic), values.getOrDefault(statistic, 0L));
        }
        return named;
    }

    private static Map<AgentStatistic, String> names() {
        Map<AgentStatistic, String> names = new EnumMap<>(AgentStatistic.class);
        names.put(AgentStatistic.AVAIL_TIME, "availableSeconds");
        names.put(AgentStatistic.LOGGED_ON_TIME, "loggedOnSeconds");
        names.put(AgentStatistic.NOT_READY_TIME, "notReadySeconds");
        names.put(AgentStatistic.ICM_AVAILABLE_TIME, "routerAvailableSeconds");
        names.put(AgentStatistic.ROUTABLE_TIME, "routableSeconds");
        names.put(AgentStatistic.AGENT_OUT_CALLS, "outboundCalls");
        names.put(AgentStatistic.AGENT_OUT_CALLS_TALK_TIME, "outboundTalkSeconds");
        names.put(AgentStatistic.AGENT_OUT_CALLS_TIME, "outboundHandleSeconds");
        names.put(AgentStatistic.AGENT_OUT_CALLS_HELD, "outboundCallsHeld");
        names.put(AgentStatistic.AGENT_OUT_CALLS_HELD_TIME, "outboundHoldSeconds");
        names.put(AgentStatistic.HANDLED_CALLS, "handledCalls");
        names.put(AgentStatistic.HANDLED_CALLS_TALK_TIME, "handledTalkSeconds");
        names.put(AgentStatistic.HANDLED_CALLS_AFTER_CALL_TIME, "handledWrapUpSeconds");
        names.put(AgentStatistic.HANDLED_CALLS_TIME, "handledHandleSeconds");
        names.put(AgentStatistic.INCOMING_CALLS_HELD, "inboundCallsHeld");
        names.put(AgentStatistic.INCOMING_CALLS_HELD_TIME, "inboundHoldSeconds");
        names.put(AgentStatistic.INTERNAL_CALLS, "internalCallsMade");
        names.put(AgentStatistic.INTERNAL_CALLS_TIME, "internalCallsMadeSeconds");
        names.put(AgentStatistic.INTERNAL_CALLS_RCVD, "internalCallsReceived");
        names.put(AgentStatistic.INTERNAL_CALLS_RCVD_TIME, "internalCallsReceivedSeconds");
        names.put(AgentStatistic.INTERNAL_CALLS_HELD, "internalCallsHeld");
        names.put(AgentStatistic.INTERNAL_CALLS_HELD_TIME, "internalHoldSeconds");
        names.put(AgentStatistic.AUTO_OUT_CALLS, "predictiveCalls");
        names.put(AgentStatistic.AUTO_OUT_CALLS_TALK_TIME, "predictiveTalkSeconds");
        names.put(AgentStatistic.AUTO_OUT_CALLS_TIME, "predictiveHandleSeconds");
        names.put(AgentStatistic.AUTO_OUT_CALLS_HELD, "predictiveCallsHeld");
        names.put(AgentStatistic.AUTO_OUT_CALLS_HELD_TIME, "predictiveHoldSeconds");
        names.put(AgentStatistic.PREVIEW_CALLS, "previewCalls");
        names.put(AgentStatistic.PREVIEW_CALLS_TALK_TIME, "previewTalkSeconds");
        names.put(AgentStatistic.PREVIEW_CALLS_TIME, "previewHandleSeconds");
        names.put(AgentStatistic.PREVIEW_CALLS_HELD, "previewCallsHeld");
        names.put(AgentStatistic.PREVIEW_CALLS_HELD_TIME, "previewHoldSeconds");
        names.put(AgentStatistic.RESERVATION_CALLS, "reservationCalls");
        names.put(AgentStatistic.RESERVATION_CALLS_TALK_TIME, "reservationTalkSeconds");
        names.put(AgentStatistic.RESERVATION_CALLS_TIME, "reservationHandleSeconds");
        names.put(AgentStatistic.RESERVATION_CALLS_HELD, "reservationCallsHeld");
        names.put(AgentStatistic.RESERVATION_CALLS_HELD_TIME, "reservationHoldSeconds");
        names.put(AgentStatistic.BARGE_IN_CALLS, "bargeIns");
        names.put(AgentStatistic.INTERCEPT_CALLS, "intercepts");
        names.put(AgentStatistic.MONITOR_CALLS, "silentMonitors");
        names.put(AgentStatistic.WHISPER_CALLS, "whispers");
        names.put(AgentStatistic.EMERGENCY_CALLS, "emergencyCalls");
        return names;
    }
}
