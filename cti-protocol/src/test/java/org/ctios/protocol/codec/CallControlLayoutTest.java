package org.ctios.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.ProtocolException.Reason;
import org.ctios.protocol.framing.Frames;
import org.ctios.protocol.message.control.AnswerCallConf;
import org.ctios.protocol.message.control.AnswerCallReq;
import org.ctios.protocol.message.control.ClearConnectionConf;
import org.ctios.protocol.message.control.ClearConnectionReq;
import org.ctios.protocol.message.control.ConferenceCallConf;
import org.ctios.protocol.message.control.ConferenceCallReq;
import org.ctios.protocol.message.control.ConsultationCallConf;
import org.ctios.protocol.message.control.ConsultationCallReq;
import org.ctios.protocol.message.control.ControlFailureConf;
import org.ctios.protocol.message.control.HoldCallConf;
import org.ctios.protocol.message.control.HoldCallReq;
import org.ctios.protocol.message.control.MakeCallConf;
import org.ctios.protocol.message.control.MakeCallReq;
import org.ctios.protocol.message.control.RetrieveCallConf;
import org.ctios.protocol.message.control.RetrieveCallReq;
import org.ctios.protocol.message.control.SuperviseCallConf;
import org.ctios.protocol.message.control.SuperviseCallReq;
import org.ctios.protocol.message.control.TransferCallConf;
import org.ctios.protocol.message.control.TransferCallReq;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.ConnectedParty;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** call control messages byte for byte against the fact sheet's offsets and floating-field order. */
class CallControlLayoutTest {

    private static final long CALL_ID = 16_777_300L;
    /** PeripheralID 5000 and ConnectionCallID {@link #CALL_ID} as they start many fixed parts. */
    private static final String PERIPHERAL_AND_CALL_ID = "00001388 01000054";

    static byte[] roundTrip(CtiMessage message) throws ProtocolException {
        CtiCodec codec = CtiCodec.v24();
        byte[] frame = codec.encode(message);
        CtiMessage decoded = codec.decodeFrame(frame, 0, frame.length);
        assertThat(decoded).isEqualTo(message);
        assertThat(codec.encode(decoded)).isEqualTo(frame);
        assertThat(codec.unknownFieldsSkipped()).as("the decoder knows every field the encoder writes").isZero();
        return frame;
    }

    static void assertLayout(byte[] frame, int fixedBodySize, String fixedPartHex, int... floatingTags) {
        String fixedPart = fixedPartHex.replace(" ", "");
        assertThat(fixedPart.length() / 2).as("fixed part of the expected bytes").isEqualTo(fixedBodySize);
        ByteBuffer bytes = ByteBuffer.wrap(frame);
        assertThat(bytes.getInt(0)).as("MessageLength").isEqualTo(frame.length - Frames.HEADER_SIZE);
        assertThat(HexFormat.of().formatHex(frame, Frames.HEADER_SIZE, Frames.HEADER_SIZE + fixedBodySize))
                .as("fixed part").isEqualTo(fixedPart);
        List<Integer> tags = new ArrayList<>();
        int at = Frames.HEADER_SIZE + fixedBodySize;
        while (at + 4 <= frame.length) {
            tags.add(Short.toUnsignedInt(bytes.getShort(at)));
            at += 4 + Short.toUnsignedInt(bytes.getShort(at + 2));
        }
        assertThat(at).as("the floating fields end with the message").isEqualTo(frame.length);
        assertThat(tags).as("floating field tags").containsExactly(IntStream.of(floatingTags).boxed()
                .toArray(Integer[]::new));
    }

    static ProtocolException decodeFailure(String frameHex) {
        byte[] frame = HexFormat.of().parseHex(frameHex.replace(" ", ""));
        try {
            CtiCodec.v24().decodeFrame(frame, 0, frame.length);
        } catch (ProtocolException expected) {
            return expected;
        }
        throw new AssertionError("expected a ProtocolException");
    }

    static ProtocolException encodeFailure(CtiMessage message) {
        try {
            CtiCodec.v24().encode(message);
        } catch (ProtocolException expected) {
            return expected;
        }
        throw new AssertionError("expected a ProtocolException");
    }

    @Test
    void controlFailureConfVectorDecodesToItsFields() throws Exception {
        ReferenceVectors.MessageVector vector = ReferenceVectors.messages().stream()
                .filter(v -> v.name().equals("CONTROL_FAILURE_CONF")).findFirst().orElseThrow();
        CtiCodec codec = CtiCodec.v24();
        ControlFailureConf failure = (ControlFailureConf) codec.decodeFrame(vector.framed(), 0,
                vector.framed().length);
        assertThat(failure).isEqualTo(new ControlFailureConf(0x01020304L, 0x004e, 0x02030405L));
        assertThat(codec.encode(failure)).isEqualTo(vector.framed());
    }

    static Stream<Arguments> layouts() {
        ConnectedParty agent = ConnectedParty.of(CALL_ID, 0, "3001");
        ConnectedParty consulted = ConnectedParty.of(CALL_ID + 1, 0, "3002");
        ConnectedParty customer = ConnectedParty.of(CALL_ID + 10, 1, "0612345678");
        ByteString userToUserInfo = ByteString.of(new byte[] {0x10, 0x20, 0x30});
        CallVariables callVariables = CallVariables.of("4711", null, "gold");
        List<NamedVariable> namedVariables = List.of(new NamedVariable("user.case", "12345"));
        List<NamedArray> namedArrays = List.of(new NamedArray(0, "user.items", "book"));
        return Stream.of(
                layout(new ControlFailureConf(9, 24, 0), 10, "00000009 0018 00000000"),
                layout(new AnswerCallReq(11, 5000, CALL_ID, 1, "3001", "3001"),
                        14, "0000000b" + PERIPHERAL_AND_CALL_ID + "0001",
                        Tag.CONNECTION_DEVICE_ID, Tag.AGENT_INSTRUMENT),
                layout(new ClearConnectionReq(12, 5000, CALL_ID, 0, "3001", "3001", "3002", 0),
                        14, "0000000c" + PERIPHERAL_AND_CALL_ID + "0000", Tag.CONNECTION_DEVICE_ID,
                        Tag.AGENT_INSTRUMENT, Tag.REQUESTING_DEVICE_ID, Tag.REQUESTING_DEVICE_ID_TYPE),
                layout(new HoldCallReq(13, 5000, CALL_ID, 0, true, "3001", "3001"),
                        16, "0000000d" + PERIPHERAL_AND_CALL_ID + "0000 0001",
                        Tag.CONNECTION_DEVICE_ID, Tag.AGENT_INSTRUMENT),
                layout(new RetrieveCallReq(14, 5000, CALL_ID, 1, "3001", "3001"),
                        14, "0000000e" + PERIPHERAL_AND_CALL_ID + "0001",
                        Tag.HELD_CONNECTION_DEVICE_ID, Tag.AGENT_INSTRUMENT),
                layout(new ConferenceCallReq(15, 5000, CALL_ID, CALL_ID + 1, 0, 1, 1, 1, 4, 0, 0, 0, false, false,
                                1, 1, "3001", "3001", "3001", null, userToUserInfo, callVariables, "sale",
                                namedVariables, namedArrays, null, "1234", "77"),
                        40, "0000000f 00001388 01000054 01000055 0000 0001 0001 0001 0004 0000 0000 0000 0000 0000"
                                + " 0001 0001",
                        Tag.ACTIVE_CONNECTION_DEVICE_ID, Tag.HELD_CONNECTION_DEVICE_ID, Tag.AGENT_INSTRUMENT,
                        Tag.USER_TO_USER_INFO, Tag.CALL_VARIABLE_1, Tag.CALL_VARIABLE_3, Tag.CALL_WRAPUP_DATA,
                        Tag.NAMED_VARIABLE, Tag.NAMED_ARRAY, Tag.AUTHORIZATION_CODE, Tag.ACCOUNT_CODE),
                layout(new ConferenceCallReq(15, 5000, 0xFFFF_FFFFL, CALL_ID, 0xFFFF, 0, 0, 0, 0, 0, 0, 0, false,
                                false, 0, 0, "3001", null, null, "4000", null, null, null, List.of(), List.of(),
                                null, null, null),
                        40, "0000000f 00001388 ffffffff 01000054 ffff 0000 0000 0000 0000 0000 0000 0000 0000 0000"
                                + " 0000 0000",
                        Tag.ACTIVE_CONNECTION_DEVICE_ID, Tag.DIALED_NUMBER),
                layout(new TransferCallReq(16, 5000, CALL_ID + 1, CALL_ID, 1, 0, 0, 0, 0, 0, 0, 0, false, true, 0,
                                0, "3001", "3001", null, null, null, CallVariables.none(), null, List.of(),
                                List.of(), "99", null, null),
                        40, "00000010 00001388 01000055 01000054 0001 0000 0000 0000 0000 0000 0000 0000 0000 0001"
                                + " 0000 0000",
                        Tag.ACTIVE_CONNECTION_DEVICE_ID, Tag.HELD_CONNECTION_DEVICE_ID, Tag.FACILITY_CODE),
                layout(new TransferCallReq(17, 5000, CALL_ID, 0xFFFF_FFFFL, 0, 0xFFFF, 0, 0, 0, 0, 0, 0, false,
                                false, 1, 1, "3001", null, "3001", "4000", userToUserInfo, callVariables, "vip",
                                namedVariables, namedArrays, "99", "1234", "77"),
                        40, "00000011 00001388 01000054 ffffffff 0000 ffff 0000 0000 0000 0000 0000 0000 0000 0000"
                                + " 0001 0001",
                        Tag.ACTIVE_CONNECTION_DEVICE_ID, Tag.AGENT_INSTRUMENT, Tag.DIALED_NUMBER,
                        Tag.USER_TO_USER_INFO, Tag.CALL_VARIABLE_1, Tag.CALL_VARIABLE_3, Tag.CALL_WRAPUP_DATA,
                        Tag.NAMED_VARIABLE, Tag.NAMED_ARRAY, Tag.FACILITY_CODE, Tag.AUTHORIZATION_CODE,
                        Tag.ACCOUNT_CODE),
                layout(new ConsultationCallReq(18, 5000, CALL_ID, 1, 0, 0, 1, 0, 0, 0, 0, false, false, 1, 0,
                                "3001", "4000", "3001", null, CallVariables.of("4711"), null, namedVariables,
                                List.of(), null, null, null),
                        36, "00000012" + PERIPHERAL_AND_CALL_ID + "0001 0000 0000 0001 0000 0000 0000 0000 0000 0000"
                                + " 0001 0000",
                        Tag.ACTIVE_CONNECTION_DEVICE_ID, Tag.DIALED_NUMBER, Tag.AGENT_INSTRUMENT,
                        Tag.CALL_VARIABLE_1, Tag.NAMED_VARIABLE),
                layout(new MakeCallReq(19, 5000, 2, 0, 0, 0, 0, 0, false, false, 0, 0, 0xFFFF_FFFFL, "3001",
                                "901234567", userToUserInfo, null, null, List.of(), List.of(), null, null, "77",
                                "1"),
                        32, "00000013 00001388 0002 0000 0000 0000 0000 0000 0000 0000 0000 0000 ffffffff",
                        Tag.AGENT_INSTRUMENT, Tag.DIALED_NUMBER, Tag.USER_TO_USER_INFO, Tag.ACCOUNT_CODE,
                        Tag.CALL_CONTROL_TABLE),
                layout(new MakeCallReq(19, 5000, 0, 0, 3, 0, 0, 0, true, false, 1, 1, 10, "3001", "3002",
                                userToUserInfo, callVariables, "sale", namedVariables, namedArrays, "99", "1234",
                                "77", null),
                        32, "00000013 00001388 0000 0000 0003 0000 0000 0000 0001 0000 0001 0001 0000000a",
                        Tag.AGENT_INSTRUMENT, Tag.DIALED_NUMBER, Tag.USER_TO_USER_INFO, Tag.CALL_VARIABLE_1,
                        Tag.CALL_VARIABLE_3, Tag.CALL_WRAPUP_DATA, Tag.NAMED_VARIABLE, Tag.NAMED_ARRAY,
                        Tag.FACILITY_CODE, Tag.AUTHORIZATION_CODE, Tag.ACCOUNT_CODE),
                layout(new ConferenceCallConf(20, CALL_ID + 10, 1, 3, 0, 2, "3001",
                                List.of(agent, consulted, customer)),
                        16, "00000014 0100005e 0001 0003 0000 0002", Tag.NEW_CONNECTION_DEVICE_ID,
                        39, 40, 41, 39, 40, 41, 39, 40, 41),
                layout(new TransferCallConf(21, CALL_ID + 1, 0, 2, 0, 0, "3002", List.of(consulted, customer)),
                        16, "00000015 01000055 0000 0002 0000 0000", Tag.NEW_CONNECTION_DEVICE_ID,
                        39, 40, 41, 39, 40, 41),
                layout(new ConsultationCallConf(22, CALL_ID + 1, 0, 1, 2, "3001"),
                        14, "00000016 01000055 0000 0001 0002", Tag.NEW_CONNECTION_DEVICE_ID),
                layout(new MakeCallConf(23, CALL_ID + 2, 1, 0, 7, "3001"),
                        14, "00000017 01000056 0001 0000 0007", Tag.NEW_CONNECTION_DEVICE_ID),
                layout(new SuperviseCallReq(24, 5000, CALL_ID, CALL_ID + 20, 0, 0, 3, "3001", "3100", "3001",
                                "1001", "3001", "3100"),
                        22, "00000018" + PERIPHERAL_AND_CALL_ID + "01000068 0000 0000 0003",
                        Tag.AGENT_CONNECTION_DEVICE_ID, Tag.SUPERVISOR_CONNECTION_DEVICE_ID, Tag.AGENT_EXTENSION,
                        Tag.AGENT_ID, Tag.AGENT_INSTRUMENT, Tag.SUPERVISOR_INSTRUMENT),
                layout(new SuperviseCallReq(24, 5000, CALL_ID, 0xFFFF_FFFFL, 0, 0xFFFF, 0, null, null, null, null,
                                null, null),
                        22, "00000018" + PERIPHERAL_AND_CALL_ID + "ffffffff 0000 ffff 0000"),
                layout(new SuperviseCallConf(25, CALL_ID + 20, 0, "3100"),
                        10, "00000019 01000068 0000", Tag.CONNECTION_DEVICE_ID),
                layout(new AnswerCallConf(26), 4, "0000001a"),
                layout(new ClearConnectionConf(27), 4, "0000001b"),
                layout(new HoldCallConf(28), 4, "0000001c"),
                layout(new RetrieveCallConf(29), 4, "0000001d"));
    }

    private static Arguments layout(CtiMessage message, int fixedBodySize, String fixedPartHex, int... tags) {
        return Arguments.of(message.messageType(), message, fixedBodySize, fixedPartHex, tags);
    }

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("layouts")
    void followsTheSheetsLayoutAndRoundTrips(MessageType type, CtiMessage message, int fixedBodySize,
                                             String fixedPartHex, int[] tags) throws Exception {
        byte[] frame = roundTrip(message);
        assertLayout(frame, fixedBodySize, fixedPartHex, tags);
        assertThat(ByteBuffer.wrap(frame).getInt(4)).isEqualTo(type.number());
    }

    @Test
    void clearConnectionReqFieldsDecodeInAnyOrderAndUnknownOnesAreSkipped() throws Exception {
        CtiCodec codec = CtiCodec.v24();
        byte[] frame = HexFormat.of().parseHex(("0000002e 0000002e 0000000c" + PERIPHERAL_AND_CALL_ID + "0000"
                + " 00dc 0002 0000  00d9 0004 43494c00  00db 0005 3330303200  0019 0005 3330303100").replace(" ", ""));
        CtiMessage decoded = codec.decodeFrame(frame, 0, frame.length);
        assertThat(decoded).isEqualTo(new ClearConnectionReq(12, 5000, CALL_ID, 0, "3001", null, "3002", 0));
        assertThat(codec.unknownFieldsSkipped()).isEqualTo(1);
    }

    @Test
    void decodingWithoutRequiredFieldsFails() {
        ProtocolException answer = decodeFailure("00000017 0000002a 0000000b" + PERIPHERAL_AND_CALL_ID + "0000"
                + " 0006 0005 3330303100");
        ProtocolException consult = decodeFailure("0000002d 00000032 00000012" + PERIPHERAL_AND_CALL_ID
                + "0001 0000 0000 0001 0000 0000 0000 0000 0000 0000 0000 0000  0032 0005 3330303100");
        assertThat(answer.reason()).isEqualTo(Reason.MISSING_REQUIRED_FIELD);
        assertThat(consult.reason()).isEqualTo(Reason.MISSING_REQUIRED_FIELD);
        assertThat(consult.getMessage()).contains("DialedNumber");
    }

    @Test
    void stringLimitsAreTheSheetsMaxima() throws Exception {
        String sixtyFiveBytes = "31".repeat(64) + "00";
        assertThat(decodeFailure("00000053 0000002a 0000000b" + PERIPHERAL_AND_CALL_ID + "0000 0019 0041 "
                + sixtyFiveBytes).reason()).isEqualTo(Reason.VALUE_TOO_LONG);
        roundTrip(consultation("9".repeat(39)));
        assertThat(encodeFailure(consultation("9".repeat(40))).reason()).isEqualTo(Reason.VALUE_TOO_LONG);
        assertThat(encodeFailure(new MakeCallReq(19, 5000, 2, 0, 0, 0, 0, 0, false, false, 0, 0, 10, "3001",
                "3002", null, null, null, List.of(), List.of(), null, null, null, "1234")).reason())
                .isEqualTo(Reason.VALUE_TOO_LONG);
        assertThat(encodeFailure(new HoldCallReq(13, 5000, CALL_ID, 0, false, null, "3001")).reason())
                .isEqualTo(Reason.MISSING_REQUIRED_FIELD);
    }

    private static ConsultationCallReq consultation(String dialedNumber) {
        return new ConsultationCallReq(18, 5000, CALL_ID, 1, 0, 0, 1, 0, 0, 0, 0, false, false, 0, 0, "3001",
                dialedNumber, null, null, null, null, List.of(), List.of(), null, null, null);
    }
}
