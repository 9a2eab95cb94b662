package org.ctios.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctios.protocol.codec.CallControlLayoutTest.assertLayout;
import static org.ctios.protocol.codec.CallControlLayoutTest.decodeFailure;
import static org.ctios.protocol.codec.CallControlLayoutTest.encodeFailure;
import static org.ctios.protocol.codec.CallControlLayoutTest.roundTrip;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.ProtocolException.Reason;
import org.ctios.protocol.message.messaging.UserMessageConf;
import org.ctios.protocol.message.messaging.UserMessageEvent;
import org.ctios.protocol.message.messaging.UserMessageReq;
import org.ctios.protocol.types.Distribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * USER_MESSAGE_REQ, _CONF and _EVENT (ged188-layouts-more.md, section 6) byte for byte at the sheet's offsets,
 * written from the sheet rather than from the layouts, with their floating fields' order, required fields and the
 * text's maximum. The sheets give no reference vector for these messages.
 */
class MessagingLayoutTest {

    @Test
    void aRequestToATeamCarriesItsAgentAndText() throws Exception {
        byte[] frame = roundTrip(new UserMessageReq(7, 5000, Distribution.TEAM.wire(), null, null, "1025", null,
                "Meeting at 3"));

        assertLayout(frame, 10, "00000007 00001388 0002", Tag.AGENT_ID, Tag.TEXT);
        assertThat(type(frame)).isEqualTo(MessageType.USER_MESSAGE_REQ.number());
    }

    @Test
    void aRequestToOneClientNamesItFirst() throws Exception {
        byte[] frame = roundTrip(new UserMessageReq(8, 5000, Distribution.CLIENT.wire(), "1001", "2025", "1025",
                "2025", "Please call me"));

        assertLayout(frame, 10, "00000008 00001388 0000", Tag.CLIENT_ID, Tag.AGENT_EXTENSION, Tag.AGENT_ID,
                Tag.AGENT_INSTRUMENT, Tag.TEXT);
    }

    @Test
    void theConfirmationIsItsInvokeId() throws Exception {
        byte[] frame = roundTrip(new UserMessageConf(8));

        assertLayout(frame, 4, "00000008");
        assertThat(type(frame)).isEqualTo(MessageType.USER_MESSAGE_CONF.number());
    }

    @Test
    void theEventCarriesTimeDistributionSenderAndText() throws Exception {
        byte[] frame = roundTrip(new UserMessageEvent(0x5f5e1000L, Distribution.ALL.wire(), "ctios", "Fire drill"));

        assertLayout(frame, 6, "5f5e1000 0003", Tag.CLIENT_ID, Tag.TEXT);
        assertThat(type(frame)).isEqualTo(MessageType.USER_MESSAGE_EVENT.number());
    }

    @Test
    void theTextHoldsTwoHundredAndFiftyFourCharacters() throws Exception {
        roundTrip(request("x".repeat(UserMessageReq.MAX_TEXT_LENGTH)));

        assertThat(encodeFailure(request("x".repeat(UserMessageReq.MAX_TEXT_LENGTH + 1))).reason())
                .isEqualTo(Reason.VALUE_TOO_LONG);
        ProtocolException error = decode(RawFrame.ofType(109).uint(0).ushort(3).string(Tag.CLIENT_ID, "ctios")
                .string(Tag.TEXT, "y".repeat(255)));
        assertThat(error.reason()).isEqualTo(Reason.VALUE_TOO_LONG);
    }

    @Test
    void theTextIsRequiredBothWaysAndTheEventsSenderToo() {
        assertThat(encodeFailure(request(null)).getMessage()).contains("Text");
        assertThat(encodeFailure(new UserMessageEvent(0, 3, null, "hello")).getMessage()).contains("ClientID");
        ProtocolException error = decode(RawFrame.ofType(107).uint(7).uint(5000).ushort(1).string(Tag.AGENT_ID,
                "1001"));
        assertThat(error.reason()).isEqualTo(Reason.MISSING_REQUIRED_FIELD);
        assertThat(error.getMessage()).contains("Text");
    }

    /** One byte short of each fixed part is a typed refusal; the stream goes on. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = MessageType.class, names = {"USER_MESSAGE_REQ", "USER_MESSAGE_CONF", "USER_MESSAGE_EVENT"})
    void aFixedPartOneByteShortIsTruncated(MessageType type) {
        int size = GuideFixedSizes.of(type.number());

        ProtocolException error = decode(RawFrame.ofType(type.number()).zeros(size - 1));

        assertThat(error.reason()).isEqualTo(Reason.TRUNCATED_FIXED_PART);
        assertThat(error.reason().breaksFraming()).isFalse();
    }

    @Test
    void everyDistributionHasItsGuideNumber() {
        assertThat(Distribution.fromWire(0)).contains(Distribution.CLIENT);
        assertThat(Distribution.fromWire(1)).contains(Distribution.SUPERVISOR);
        assertThat(Distribution.fromWire(2)).contains(Distribution.TEAM);
        assertThat(Distribution.fromWire(3)).contains(Distribution.ALL);
        assertThat(Distribution.fromWire(4)).isEmpty();
    }

    private static UserMessageReq request(String text) {
        return new UserMessageReq(7, 5000, Distribution.SUPERVISOR.wire(), null, null, "1001", null, text);
    }

    private static int type(byte[] frame) {
        return ByteBuffer.wrap(frame).getInt(4);
    }

    private static ProtocolException decode(RawFrame frame) {
        return decodeFailure(HexFormat.of().formatHex(frame.toBytes()));
    }
}
