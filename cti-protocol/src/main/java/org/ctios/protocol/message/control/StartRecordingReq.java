package org.ctios.protocol.message.control;

import org.ctios.protocol.InvokedMessage;
import org.ctios.protocol.MessageType;

/**
 * START_RECORDING_REQ (147): Asks the recording servers (server applications registered for the service
 * "Cisco:CallRecording") to record a call's media. ClientPort, BitRate and PacketSize describe the media stream;
 * Direction (0 input, 1 output, 2 both), RTPType (0 audio, 1 video, 2 data), EchoCancellation and PayloadType (an
 * audio codec, not enumerated by the guide) stay numbers. ClientID and ClientAddress are added by the CTI Server when
 * it forwards the request to a recording server; a client leaves them out. A client of the ALL_EVENTS or
 * PERIPHERAL_MONITOR services names the agent by AgentExtension, AgentID or AgentInstrument (the guide makes one of
 * them conditionally required; the codec requires none of them, as it cannot know the client's services).
 */
public record StartRecordingReq(long invokeId, long peripheralId, long connectionCallId, long clientPort,
                                long bitRate, long packetSize, int connectionDeviceIdType, int direction, int rtpType,
                                int echoCancellation, int payloadType, String connectionDeviceId, String clientId,
                                String clientAddress, String agentExtension, String agentId, String agentInstrument)
        implements InvokedMessage {

    @Override
    public MessageType messageType() {
        return MessageType.START_RECORDING_REQ;
    }
}
