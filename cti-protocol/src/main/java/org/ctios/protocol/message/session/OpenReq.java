package org.ctios.protocol.message.session;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.types.ByteString;

/**
 * OPEN_REQ (3): opens a session. Agent-mode clients (CLIENT_EVENTS) name their agent by extension, id or
 * instrument; monitor-mode clients (ALL_EVENTS) send PeripheralID 0xFFFFFFFF.
 *
 * <p>Decision: the PV24 floating field UniqueInstanceID is neither sent nor read, because its tag number is not in
 * the guide's tag table; a server receiving it unnamed would skip it anyway.
 *
 * @param idleTimeout seconds of silence after which the server drops the session (0xFFFFFFFF: never)
 */
public record OpenReq(long invokeId, long versionNumber, long idleTimeout, long peripheralId,
                      long servicesRequested, long callMsgMask, long agentStateMask, long configMsgMask,
                      long reserved1, long reserved2, long reserved3,
                      String clientId, ByteString clientPassword, String clientSignature,
                      String agentExtension, String agentId, String agentInstrument,
                      Integer applicationPathId) implements InvokedMessage {

    /** Like the record's own, with the password masked: requests end up in logs. */
    @Override
    public String toString() {
        return "OpenReq[invokeId=" + invokeId + ", versionNumber=" + versionNumber + ", idleTimeout=" + idleTimeout
                + ", servicesRequested=0x" + Long.toHexString(servicesRequested) + ", clientId=" + clientId
                + ", clientPassword=" + (clientPassword == null ? null : "****") + ", agentId=" + agentId
                + ", agentExtension=" + agentExtension + ", agentInstrument=" + agentInstrument + "]";
    }

    @Override
    public MessageType messageType() {
        return MessageType.OPEN_REQ;
    }
}
