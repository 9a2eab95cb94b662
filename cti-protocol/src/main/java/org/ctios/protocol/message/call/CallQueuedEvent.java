package org.ctios.protocol.message.call;

import java.util.List;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.types.SkillGroupEntry;

/**
 * CALL_QUEUED_EVENT (21): A call waits in one or more skill group queues.
 *
 * <p>The fixed part's count fields (numQueued, numSkillGroups) are kept as sent; the lists hold what the floating part
 * carried.
 */
public record CallQueuedEvent(long monitorId, long peripheralId, int peripheralType, int connectionDeviceIdType,
                              long connectionCallId, long serviceNumber, long serviceId, int queueDeviceType,
                              int callingDeviceType, int calledDeviceType, int lastRedirectDeviceType, int numQueued,
                              int numSkillGroups, int localConnectionState, int eventCause, String connectionDeviceId,
                              String queueDeviceId, String callingDeviceId, String calledDeviceId,
                              String lastRedirectDeviceId, List<SkillGroupEntry> skillGroups) implements CtiMessage {

    public CallQueuedEvent {
        skillGroups = List.copyOf(skillGroups);
    }

    @Override
    public MessageType messageType() {
        return MessageType.CALL_QUEUED_EVENT;
    }
}
