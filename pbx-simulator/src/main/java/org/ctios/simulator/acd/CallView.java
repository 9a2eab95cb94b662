package org.ctios.simulator.acd;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;

/**
 * A call as the switch reports it at one moment.
 *
 * @param skillGroupNumber the skill group the call was routed to, or {@code null}
 * @param connections      every device on the call, the queue included while the call waits
 * @param involvedAgentIds every agent that has been on the call, in the order they joined
 * @param dtmfDigits       every DTMF digit a party sent on the call (SEND_DTMF_SIGNAL), in order; empty for none
 * @param recorded         whether the call is being recorded (START_RECORDING until STOP_RECORDING)
 * @param monitoringSupervisorId the supervisor silently monitoring the call (no party of it), or {@code null}
 */
public record CallView(long callId, CallKind kind, String ani, String dnis, String dialedNumber,
                       String callerEnteredDigits, CallVariables callVariables, List<NamedVariable> namedVariables,
                       List<NamedArray> namedArrays, String callWrapupData, Integer skillGroupNumber,
                       Long skillGroupId, long routerCallKeyDay, long routerCallKeyCallId, Instant begunAt,
                       Instant queuedAt, Instant deliveredAt, Instant answeredAt, List<ConnectionView> connections,
                       List<String> involvedAgentIds, String dtmfDigits, boolean recorded,
                       String monitoringSupervisorId) {

    public CallView {
        namedVariables = List.copyOf(namedVariables);
        namedArrays = List.copyOf(namedArrays);
        connections = List.copyOf(connections);
        involvedAgentIds = List.copyOf(involvedAgentIds);
    }

    public Optional<ConnectionView> connectionOf(String deviceId) {
        return connections.stream().filter(c -> c.deviceId().equals(deviceId)).findFirst();
    }

    /** The agents on the call. */
    public List<String> agentIds() {
        return connections.stream().map(ConnectionView::agentId).filter(id -> id != null).toList();
    }
}
