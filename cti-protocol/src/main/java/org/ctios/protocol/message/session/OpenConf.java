package org.ctios.protocol.message.session;

import java.util.List;
import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * OPEN_CONF (4): the session is open.
 *
 * @param sessionType 0 unknown, 1 active, 2 standby (protocol version 24 on; 0 when decoded as version 20)
 * @param numPeripherals the NumPeripherals field as sent ({@code null} when absent)
 * @param peripherals the FltPeripheralID / MultilineAgentControl pairs
 */
public record OpenConf(long invokeId, long servicesGranted, long monitorId, long pgStatus,
                       long icmCentralControllerTime, boolean peripheralOnline, int peripheralType,
                       int agentState, int departmentId, int sessionType,
                       String agentExtension, String agentId, String agentInstrument,
                       Integer numPeripherals, List<Peripheral> peripherals) implements InvokedMessage {

    public OpenConf {
        peripherals = List.copyOf(peripherals);
    }

    @Override
    public MessageType messageType() {
        return MessageType.OPEN_CONF;
    }

    /** A FltPeripheralID (tag 208) with the MultilineAgentControl (tag 224) that follows it; either may be absent. */
    public record Peripheral(Long peripheralId, Integer multilineAgentControl) {
    }
}
