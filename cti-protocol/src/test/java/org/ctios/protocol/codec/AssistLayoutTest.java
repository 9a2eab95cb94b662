package org.ctios.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctios.protocol.codec.CallControlLayoutTest.assertLayout;
import static org.ctios.protocol.codec.CallControlLayoutTest.encodeFailure;
import static org.ctios.protocol.codec.CallControlLayoutTest.roundTrip;

import java.nio.ByteBuffer;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.ProtocolException.Reason;
import org.ctios.protocol.message.control.EmergencyCallConf;
import org.ctios.protocol.message.control.EmergencyCallEvent;
import org.ctios.protocol.message.control.EmergencyCallReq;
import org.ctios.protocol.message.control.SupervisorAssistConf;
import org.ctios.protocol.message.control.SupervisorAssistEvent;
import org.ctios.protocol.message.control.SupervisorAssistReq;
import org.junit.jupiter.api.Test;

/**
 * Supervisor assist and emergency call (ged188-layouts-more.md, section 3) byte for byte at the sheet's offsets,
 * written from the sheet rather than from the layouts, with their floating fields' order and required fields.
 */
class AssistLayoutTest {

    private static final long CALL_ID = 16_777_300L;

    @Test
    void eachFollowsTheSheetsLayoutAndRoundTrips() throws Exception {
        sheet(new SupervisorAssistReq(118, 5000, CALL_ID, 1, "3001", null, "1001", null),
                14, "00000076 00001388 01000054 0001", Tag.CONNECTION_DEVICE_ID, Tag.AGENT_ID);
        sheet(new SupervisorAssistReq(118, 5000, 0xFFFF_FFFFL, 0xFFFF, null, null, "1001", null),
                14, "00000076 00001388 ffffffff ffff", Tag.AGENT_ID);
        sheet(new SupervisorAssistConf(119, CALL_ID + 1, 1, 0xFFFF, 6, "3025"),
                14, "00000077 01000055 0001 ffff 0006", Tag.CONNECTION_DEVICE_ID);
        sheet(new SupervisorAssistEvent(5000, CALL_ID, 1, 42, "3001", "desk-1001", "help please", null, "2001",
                "1001", null), 14, "00001388 01000054 0001 0000002a", Tag.CONNECTION_DEVICE_ID, Tag.CLIENT_ID,
                Tag.TEXT, Tag.AGENT_EXTENSION, Tag.AGENT_ID);
        sheet(new EmergencyCallReq(121, 5000, CALL_ID, 1, "3001", "2001", null, null),
                14, "00000079 00001388 01000054 0001", Tag.CONNECTION_DEVICE_ID, Tag.AGENT_EXTENSION);
        sheet(new EmergencyCallConf(122, CALL_ID + 1, 1, 0xFFFF, 6, "3025"),
                14, "0000007a 01000055 0001 ffff 0006", Tag.CONNECTION_DEVICE_ID);
        sheet(new EmergencyCallEvent(5000, CALL_ID, 1, 42, "3001", "desk-1001", "10.0.0.7", "2001", "1001", "2001"),
                14, "00001388 01000054 0001 0000002a", Tag.CONNECTION_DEVICE_ID, Tag.CLIENT_ID, Tag.CLIENT_ADDRESS,
                Tag.AGENT_EXTENSION, Tag.AGENT_ID, Tag.AGENT_INSTRUMENT);
    }

    /** The message's frame: the sheet's fixed part, the tags in that order, its type, and back to the message. */
    private static void sheet(CtiMessage message, int fixedBodySize, String fixedPartHex, int... tags)
            throws Exception {
        byte[] frame = roundTrip(message);
        assertLayout(frame, fixedBodySize, fixedPartHex, tags);
        assertThat(ByteBuffer.wrap(frame).getInt(4)).as("%s", message).isEqualTo(message.messageType().number());
    }

    @Test
    void theConfirmationsAndEventsNameTheirConnectionAndTheEventsTheirClient() {
        assertThat(encodeFailure(new SupervisorAssistConf(119, CALL_ID, 1, 0, 6, null)).getMessage())
                .contains("ConnectionDeviceID");
        assertThat(encodeFailure(new SupervisorAssistEvent(5000, CALL_ID, 1, 42, "3001", null, null, null, null,
                "1001", null)).getMessage()).contains("ClientID");
        assertThat(encodeFailure(new EmergencyCallEvent(5000, CALL_ID, 1, 42, "3001", "desk", null, null, "1001",
                null)).getMessage()).contains("ClientAddress");
        assertThat(encodeFailure(new EmergencyCallConf(122, CALL_ID, 1, 0, 6, null)).reason())
                .isEqualTo(Reason.MISSING_REQUIRED_FIELD);
    }

    @Test
    void anAssistsTextHoldsTwoHundredAndFiftyFourCharacters() throws Exception {
        roundTrip(new SupervisorAssistEvent(5000, CALL_ID, 1, 42, "3001", "desk", "x".repeat(254), null, null, null,
                null));
        assertThat(encodeFailure(new SupervisorAssistEvent(5000, CALL_ID, 1, 42, "3001", "desk", "x".repeat(255),
                null, null, null, null)).reason()).isEqualTo(Reason.VALUE_TOO_LONG);
    }
}
