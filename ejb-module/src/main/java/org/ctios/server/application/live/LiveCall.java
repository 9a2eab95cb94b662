package org.ctios.server.application.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ctios.server.application.translation.CallTypes;
import org.ctios.server.domain.call.Call;
import org.ctios.server.domain.call.CallConnection;
import org.ctios.server.domain.call.CallDataValues;
import org.ctios.server.domain.call.CallMilestones;
import org.ctios.server.domain.call.CallState;
import org.ctios.server.domain.call.ConnectionState;
import org.ctios.server.domain.call.RouterCallKey;

/**
 * A call in progress as a committed transaction left it, detached from the database: what the live read model keeps.
 *
 * @param callVariables     {@code CallVariable1}... to their values, those set only
 * @param ecc               ECC variables by name (arrays as {@code name[index]})
 * @param originatingDevice the device that started it (for a consultation: the consulting agent's)
 * @param parties           the watched devices on it and their connections, by device
 * @param consultation      started from another call, to transfer or conference it
 * @param recording         being recorded, as the CTI Server last confirmed
 * @param conferenceController the device that made it a conference, or null
 * @param stampEpoch        with {@code stampSequence}, the place of the last event applied to it in the link's stream
 */
public record LiveCall(long callId, String callKey, Integer callType, String ani, String dnis, String dialedNumber,
                       String callerEnteredDigits, Map<String, String> callVariables, Map<String, String> ecc,
                       String wrapupData, Long skillGroupNumber, Long routerCallKeyDay, Long routerCallKeyCallId,
                       String originatingDevice, Map<String, Party> parties, Instant begunAt, Instant queuedAt,
                       Instant deliveredAt, Instant answeredAt, Instant clearedAt, boolean begunUnseen,
                       boolean consultation, boolean recording, String conferenceController, long stampEpoch,
                       long stampSequence) {

    /** A device's connection to the call; {@code supervising} when it joined as a supervisor. */
    public record Party(ConnectionState state, boolean supervising) {
    }

    public LiveCall {
        callVariables = Map.copyOf(callVariables);
        ecc = Map.copyOf(ecc);
        parties = Map.copyOf(parties);
    }

    /** The call as its entity holds it now. */
    public static LiveCall of(Call call) {
        CallDataValues data = call.data();
        RouterCallKey routerKey = call.routerCallKey();
        CallMilestones at = call.milestones();
        Map<String, Party> parties = new TreeMap<>();
        for (CallConnection connection : call.parties()) {
            parties.put(connection.deviceId(), new Party(connection.state(), connection.supervising()));
        }
        return new LiveCall(call.callId(), call.callKey(), call.callType(), data.ani(), data.dnis(),
                data.dialedNumber(), data.callerEnteredDigits(), data.variables(), data.ecc(), data.wrapupData(),
                call.skillGroupNumber(), routerKey == null ? null : routerKey.day(),
                routerKey == null ? null : routerKey.callId(), call.originatingDevice(), parties, at.begunAt(),
                at.queuedAt(), at.deliveredAt(), at.answeredAt(), call.clearedAt(), call.begunUnseen(),
                CallTypes.isConsultation(call.callType()), call.isRecording(), call.conferenceController(),
                call.stamp().epoch(), call.stamp().sequence());
    }

    /** Where the call stands now. */
    public CallState state() {
        List<ConnectionState> states = new ArrayList<>(parties.size());
        parties.values().forEach(party -> states.add(party.state()));
        return CallState.of(clearedAt != null, states);
    }

    /** Whether some party waits in a queue on it. */
    boolean isQueued() {
        return parties.values().stream().anyMatch(party -> party.state() == ConnectionState.QUEUED);
    }

    /** Whether this is a later report of the call than {@code other} (or the same one). */
    boolean isNotOlderThan(LiveCall other) {
        return stampEpoch != other.stampEpoch ? stampEpoch > other.stampEpoch : stampSequence >= other.stampSequence;
    }
}
