package org.ctios.protocol.message.messaging;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * USER_MESSAGE_REQ (107): asks the CTI Server to distribute a text to other clients, as {@code distribution} says
 * ({@link org.ctios.protocol.types.Distribution}): to the client named by ClientID, to the supervisors of an agent's
 * team, to an agent's team or to every client. For SUPERVISOR and TEAM an ALL_EVENTS client names the agent in one
 * of AgentExtension, AgentID and AgentInstrument, and the PeripheralID; the codec requires none of them, since it
 * cannot know the client's services. Text holds at most 254 characters (255 bytes with its NUL) and is required.
 * CTIOSCILClientID (tag 217), listed for this message in one tag table only and without a size, is skipped as an
 * unknown field.
 */
public record UserMessageReq(long invokeId, long peripheralId, int distribution, String clientId,
                             String agentExtension, String agentId, String agentInstrument, String text)
        implements InvokedMessage {

    /** The most characters Text carries: its 255 bytes less the NUL. */
    public static final int MAX_TEXT_LENGTH = 254;

    @Override
    public MessageType messageType() {
        return MessageType.USER_MESSAGE_REQ;
    }
}
