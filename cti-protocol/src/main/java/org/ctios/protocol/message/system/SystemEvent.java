package org.ctios.protocol.message.system;

import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;

/**
 * SYSTEM_EVENT (31): a change in the contact-centre system, such as a peripheral going offline or online.
 *
 * @param pgStatus      a {@link org.ctios.protocol.types.PgStatus} mask
 * @param systemEventId a {@link org.ctios.protocol.types.SystemEventId} value
 */
public record SystemEvent(long pgStatus, long icmCentralControllerTime, long systemEventId, long systemEventArg1,
                          long systemEventArg2, long systemEventArg3, int eventDeviceType, String text,
                          String eventDeviceId) implements CtiMessage {

    @Override
    public MessageType messageType() {
        return MessageType.SYSTEM_EVENT;
    }
}
