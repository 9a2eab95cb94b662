package org.ctios.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctios.protocol.codec.CallControlLayoutTest.assertLayout;
import static org.ctios.protocol.codec.CallControlLayoutTest.decodeFailure;
import static org.ctios.protocol.codec.CallControlLayoutTest.encodeFailure;
import static org.ctios.protocol.codec.CallControlLayoutTest.roundTrip;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.ProtocolException.Reason;
import org.ctios.protocol.message.control.AlternateCallConf;
import org.ctios.protocol.message.control.AlternateCallReq;
import org.ctios.protocol.message.control.BadCallConf;
import org.ctios.protocol.message.control.BadCallReq;
import org.ctios.protocol.message.control.ClearCallConf;
import org.ctios.protocol.message.control.ClearCallReq;
import org.ctios.protocol.message.control.DeflectCallConf;
import org.ctios.protocol.message.control.DeflectCallReq;
import org.ctios.protocol.message.control.ReconnectCallConf;
import org.ctios.protocol.message.control.ReconnectCallReq;
import org.ctios.protocol.message.control.SendDtmfSignalConf;
import org.ctios.protocol.message.control.SendDtmfSignalReq;
import org.ctios.protocol.message.control.StartRecordingConf;
import org.ctios.protocol.message.control.StartRecordingReq;
import org.ctios.protocol.message.control.StopRecordingConf;
import org.ctios.protocol.message.control.StopRecordingReq;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Alternate, reconnect, clear call, deflect, DTMF, recording and bad call (ged188-layouts-more.md, sections 1, 2, 5
 * and 10) byte for byte at the sheet's offsets, written from the sheet rather than from the layouts, with their
 * floating fields' order, required fields and maxima.
 */
class MoreControlLayoutTest {

    private static final long CALL_ID = 16_777_300L;
    /** InvokeID, PeripheralID 5000 and ConnectionCallID {@link #CALL_ID} as they start most requests here. */
    private static final String PERIPHERAL_AND_CALL_ID = "00001388 01000054";

    static Stream<Arguments> layouts() {
        return Stream.of(
                layout(new AlternateCallReq(40, 5000, CALL_ID, CALL_ID + 1, 0, 1, "3001", "3001", null),
                        20, "00000028" + PERIPHERAL_AND_CALL_ID + "01000055 0000 0001",
                        Tag.ACTIVE_CONNECTION_DEVICE_ID, Tag.OTHER_CONNECTION_DEVICE_ID),
                layout(new AlternateCallConf(41), 4, "00000029"),
                layout(new ReconnectCallReq(60, 5000, CALL_ID, CALL_ID + 1, 0, 0, "3001", "3001", "3001"),
                        20, "0000003c" + PERIPHERAL_AND_CALL_ID + "01000055 0000 0000",
                        Tag.ACTIVE_CONNECTION_DEVICE_ID, Tag.HELD_CONNECTION_DEVICE_ID, Tag.AGENT_INSTRUMENT),
                layout(new ReconnectCallConf(61), 4, "0000003d"),
                layout(new ClearCallReq(44, 5000, CALL_ID, 1, "3001", null),
                        14, "0000002c" + PERIPHERAL_AND_CALL_ID + "0001", Tag.CONNECTION_DEVICE_ID),
                layout(new ClearCallConf(45), 4, "0000002d"),
                layout(new DeflectCallReq(52, 5000, CALL_ID, 0, 76, "3001", "3002", "3001"),
                        16, "00000034" + PERIPHERAL_AND_CALL_ID + "0000 004c",
                        Tag.CONNECTION_DEVICE_ID, Tag.CALLED_DEVICE_ID, Tag.AGENT_INSTRUMENT),
                layout(new DeflectCallConf(53), 4, "00000035"),
                // PauseDuration is a UINT after the USHORT ToneDuration, as the sheet stresses
                layout(new SendDtmfSignalReq(91, 5000, CALL_ID, 0, 100, 50, "3001", "12#*AD", null),
                        20, "0000005b" + PERIPHERAL_AND_CALL_ID + "0000 0064 00000032",
                        Tag.CONNECTION_DEVICE_ID, Tag.DTMF_STRING),
                layout(new SendDtmfSignalConf(92), 4, "0000005c"),
                layout(new StartRecordingReq(147, 5000, CALL_ID, 40_000, 2, 20, 0, 2, 0, 1, 3, "3001", null, null,
                                null, null, "3001"),
                        34, "00000093" + PERIPHERAL_AND_CALL_ID + "00009c40 00000002 00000014 0000 0002 0000 0001 0003",
                        Tag.CONNECTION_DEVICE_ID, Tag.AGENT_INSTRUMENT),
                layout(new StartRecordingConf(148, 7, 0xABCD, "recorder", "10.0.0.9"),
                        12, "00000094 00000007 0000abcd", Tag.CLIENT_ID, Tag.CLIENT_ADDRESS),
                layout(new StopRecordingReq(149, 5000, CALL_ID, 40_000, 7, 0xABCD, 0, 2, "3001", "cti", "10.0.0.1",
                                "3001", "1001", "3001"),
                        28, "00000095" + PERIPHERAL_AND_CALL_ID + "00009c40 00000007 0000abcd 0000 0002",
                        Tag.CONNECTION_DEVICE_ID, Tag.CLIENT_ID, Tag.CLIENT_ADDRESS, Tag.AGENT_EXTENSION,
                        Tag.AGENT_ID, Tag.AGENT_INSTRUMENT),
                layout(new StopRecordingConf(150, null, null), 4, "00000096"),
                // version 25's order: ConnectionDeviceIDType at 8, ConnectionCallID at 10
                layout(new BadCallReq(139, 5000, 1, CALL_ID, "3001", "1001"),
                        14, "0000008b 00001388 0001 01000054", Tag.CONNECTION_DEVICE_ID, Tag.AGENT_ID),
                layout(new BadCallConf(140), 4, "0000008c"));
    }

    private static Arguments layout(CtiMessage message, int fixedBodySize, String fixedPartHex, int... tags) {
        return Arguments.of(message.messageType(), message, fixedBodySize, fixedPartHex, tags);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void followsTheSheetsLayoutAndRoundTrips(MessageType type, CtiMessage message, int fixedBodySize,
                                             String fixedPartHex, int[] tags) throws Exception {
        byte[] frame = roundTrip(message);
        assertLayout(frame, fixedBodySize, fixedPartHex, tags);
        assertThat(ByteBuffer.wrap(frame).getInt(4)).isEqualTo(type.number());
    }

    /** One byte short of each fixed part is a typed refusal at the end of what arrived; the stream goes on. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = MessageType.class, names = {"ALTERNATE_CALL_REQ", "ALTERNATE_CALL_CONF",
        "RECONNECT_CALL_REQ", "RECONNECT_CALL_CONF", "CLEAR_CALL_REQ", "CLEAR_CALL_CONF", "DEFLECT_CALL_REQ",
        "DEFLECT_CALL_CONF", "SEND_DTMF_SIGNAL_REQ", "SEND_DTMF_SIGNAL_CONF", "START_RECORDING_REQ",
        "START_RECORDING_CONF", "STOP_RECORDING_REQ", "STOP_RECORDING_CONF", "BAD_CALL_REQ", "BAD_CALL_CONF"})
    void aFixedPartOneByteShortIsTruncated(MessageType type) {
        int size = GuideFixedSizes.of(type.number());

        ProtocolException error = decode(RawFrame.ofType(type.number()).zeros(size - 1));

        assertThat(error.reason()).isEqualTo(Reason.TRUNCATED_FIXED_PART);
        assertThat(error.messageType()).isEqualTo(type.number());
        assertThat(error.offset()).as("where the cut field starts").isBetween(8, 8 + size - 1);
        assertThat(error.reason().breaksFraming()).isFalse();
    }

    @Test
    void aFloatingFieldPastTheEndOfTheMessageOverrunsIt() {
        ProtocolException error = decode(RawFrame.ofType(44).uint(44).uint(5000).uint(CALL_ID).ushort(0)
                .fieldHeader(Tag.CONNECTION_DEVICE_ID, 16).bytes('3', '0'));

        assertThat(error.reason()).isEqualTo(Reason.FIELD_OVERRUN);
        assertThat(error.messageType()).isEqualTo(MessageType.CLEAR_CALL_REQ.number());
        assertThat(error.offset()).isEqualTo(8 + 14);
    }

    @Test
    void theRequiredFieldsAreRequiredBothWays() {
        assertThat(encodeFailure(new AlternateCallReq(40, 5000, CALL_ID, CALL_ID + 1, 0, 0, "3001", null, null))
                .getMessage()).contains("OtherConnectionDeviceID");
        assertThat(encodeFailure(new ReconnectCallReq(60, 5000, CALL_ID, CALL_ID + 1, 0, 0, "3001", null, null))
                .getMessage()).contains("HeldConnectionDeviceID");
        assertThat(encodeFailure(new DeflectCallReq(52, 5000, CALL_ID, 0, 0, "3001", null, null)).getMessage())
                .contains("CalledDeviceID");
        assertThat(encodeFailure(new SendDtmfSignalReq(91, 5000, CALL_ID, 0, 0, 0, "3001", null, null))
                .getMessage()).contains("DTMFString");
        assertThat(encodeFailure(new BadCallReq(139, 5000, 0, CALL_ID, null, "1001")).reason())
                .isEqualTo(Reason.MISSING_REQUIRED_FIELD);
        // a DEFLECT_CALL_REQ carrying ConnectionDeviceID only
        ProtocolException deflect = decode(RawFrame.ofType(52).uint(52).uint(5000).uint(CALL_ID).ushort(0).ushort(0)
                .string(Tag.CONNECTION_DEVICE_ID, "3001"));
        assertThat(deflect.reason()).isEqualTo(Reason.MISSING_REQUIRED_FIELD);
        assertThat(deflect.getMessage()).contains("CalledDeviceID");
    }

    @Test
    void theDtmfStringHoldsThirtyOneCharacters() throws Exception {
        roundTrip(dtmf("0123456789*#ABCD0123456789*#ABC"));
        assertThat(encodeFailure(dtmf("0123456789*#ABCD0123456789*#ABCD")).reason())
                .isEqualTo(Reason.VALUE_TOO_LONG);
        ProtocolException error = decode(RawFrame.ofType(91).uint(91).uint(5000).uint(CALL_ID).ushort(0).ushort(0)
                .uint(0).string(Tag.CONNECTION_DEVICE_ID, "3001").string(Tag.DTMF_STRING, "1".repeat(32)));
        assertThat(error.reason()).isEqualTo(Reason.VALUE_TOO_LONG);
    }

    private static ProtocolException decode(RawFrame frame) {
        return decodeFailure(HexFormat.of().formatHex(frame.toBytes()));
    }

    private static SendDtmfSignalReq dtmf(String digits) {
        return new SendDtmfSignalReq(91, 5000, CALL_ID, 0, 0, 0, "3001", digits, null);
    }

    @Test
    void ctiosCilClientIdIsSkippedAndCounted() throws Exception {
        CtiCodec codec = CtiCodec.v24();
        byte[] frame = RawFrame.ofType(40).uint(40).uint(5000).uint(CALL_ID).uint(CALL_ID + 1).ushort(0).ushort(0)
                .string(217, "CIL").string(Tag.OTHER_CONNECTION_DEVICE_ID, "3001")
                .string(Tag.ACTIVE_CONNECTION_DEVICE_ID, "3001").toBytes();

        CtiMessage decoded = codec.decodeFrame(frame, 0, frame.length);

        assertThat(decoded).isEqualTo(new AlternateCallReq(40, 5000, CALL_ID, CALL_ID + 1, 0, 0, "3001", "3001",
                null));
        assertThat(codec.unknownFieldsSkipped()).isEqualTo(1);
    }
}
