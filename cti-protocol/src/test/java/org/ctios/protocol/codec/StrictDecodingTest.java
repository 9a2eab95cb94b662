package org.ctios.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.ProtocolException.Reason;
import org.ctios.protocol.message.call.CallClearedEvent;
import org.ctios.protocol.message.call.BeginCallEvent;
import org.ctios.protocol.message.session.HeartbeatReq;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.CtiClientEntry;
import org.ctios.protocol.types.NamedVariable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of malformed input ends in a ProtocolException that says where and why. */
class StrictDecodingTest {

    private static final int CALL_CLEARED = MessageType.CALL_CLEARED_EVENT.number();
    private static final int CALL_CLEARED_FIXED = GuideFixedSizes.of(CALL_CLEARED);
    private static final int BEGIN_CALL_FIXED = GuideFixedSizes.of(MessageType.BEGIN_CALL_EVENT.number());
    /** Header, fixed part and the ConnectionDeviceID field "2001" (4 + 5 bytes). */
    private static final int BEGIN_CALL_FIRST_ECC_FIELD = 8 + BEGIN_CALL_FIXED + 4 + 5;
    /** A NamedVariable of the largest name (32) and a 206-character value: 240 bytes with the two NULs. */
    private static final byte[] ECC_VARIABLE_OF_240_BYTES = ("n".repeat(32) + "\0" + "v".repeat(206) + "\0")
            .getBytes(StandardCharsets.ISO_8859_1);

    private final CtiCodec codec = CtiCodec.v24();

    private ProtocolException decodeFails(RawFrame frame) {
        byte[] bytes = frame.toBytes();
        return catchThrowableOfType(ProtocolException.class, () -> codec.decodeFrame(bytes, 0, bytes.length));
    }

    @Test
    void aTruncatedFixedPartIsRefusedAtTheEndOfWhatArrived() {
        ProtocolException error = decodeFails(RawFrame.ofType(MessageType.HEARTBEAT_REQ.number()).bytes(0, 0, 7));

        assertThat(error.reason()).isEqualTo(Reason.TRUNCATED_FIXED_PART);
        assertThat(error.messageType()).isEqualTo(5);
        assertThat(error.offset()).isEqualTo(8);
        assertThat(error.reason().breaksFraming()).isFalse();
    }

    @Test
    void aFieldHeaderCutShortOverrunsTheMessage() {
        ProtocolException error = decodeFails(RawFrame.ofType(CALL_CLEARED).zeros(CALL_CLEARED_FIXED).bytes(0, 25, 0));

        assertThat(error.reason()).isEqualTo(Reason.FIELD_OVERRUN);
        assertThat(error.messageType()).isEqualTo(CALL_CLEARED);
        assertThat(error.offset()).isEqualTo(8 + CALL_CLEARED_FIXED);
    }

    @Test
    void fieldDataLongerThanTheMessageOverrunsIt() {
        ProtocolException error = decodeFails(RawFrame.ofType(CALL_CLEARED).zeros(CALL_CLEARED_FIXED)
                .fieldHeader(Tag.CONNECTION_DEVICE_ID, 10).bytes('a', 'b', 0));

        assertThat(error.reason()).isEqualTo(Reason.FIELD_OVERRUN);
        assertThat(error.messageType()).isEqualTo(CALL_CLEARED);
        assertThat(error.offset()).isEqualTo(8 + CALL_CLEARED_FIXED);
        assertThat(error.getMessage()).contains("declares 10 bytes, 3 left");
    }

    @Test
    void aNumericFieldOfTheWrongSizeIsRefused() {
        ProtocolException error = decodeFails(RawFrame.ofType(MessageType.CALL_ESTABLISHED_EVENT.number()).zeros(50)
                .string(Tag.CONNECTION_DEVICE_ID, "2001").field(Tag.TRUNK_NUMBER, new byte[] {1, 2, 3}));

        assertThat(error.reason()).isEqualTo(Reason.BAD_FIELD_LENGTH);
        assertThat(error.messageType()).isEqualTo(MessageType.CALL_ESTABLISHED_EVENT.number());
        assertThat(error.offset()).as("the TrunkNumber field").isEqualTo(8 + 50 + 4 + 5);
        assertThat(error.getMessage()).contains("expected 4 bytes, field has 3");
    }

    @Test
    void aStringWithoutItsNulIsRefused() {
        ProtocolException error = decodeFails(RawFrame.ofType(CALL_CLEARED).zeros(CALL_CLEARED_FIXED)
                .field(Tag.CONNECTION_DEVICE_ID, new byte[] {'2', '0', '0', '1'}));

        assertThat(error.reason()).isEqualTo(Reason.UNTERMINATED_STRING);
        assertThat(error.messageType()).isEqualTo(CALL_CLEARED);
        assertThat(error.offset()).isEqualTo(8 + CALL_CLEARED_FIXED);
        assertThat(error.getMessage()).contains("no NUL terminator");
    }

    @Test
    void aStringWithANulInsideIsRefused() {
        ProtocolException error = decodeFails(RawFrame.ofType(CALL_CLEARED).zeros(CALL_CLEARED_FIXED)
                .field(Tag.CONNECTION_DEVICE_ID, new byte[] {'2', 0, '0', '1', 0}));

        assertThat(error.reason()).isEqualTo(Reason.UNTERMINATED_STRING);
        assertThat(error.messageType()).isEqualTo(CALL_CLEARED);
        assertThat(error.offset()).isEqualTo(8 + CALL_CLEARED_FIXED);
        assertThat(error.getMessage()).contains("NUL at byte 1 of 5");
    }

    @Test
    void aStringAboveItsMaximumIsRefused() {
        ProtocolException error = decodeFails(RawFrame.ofType(CALL_CLEARED).zeros(CALL_CLEARED_FIXED)
                .string(Tag.CONNECTION_DEVICE_ID, "d".repeat(64)));

        assertThat(error.reason()).isEqualTo(Reason.VALUE_TOO_LONG);
        assertThat(error.messageType()).isEqualTo(CALL_CLEARED);
        assertThat(error.offset()).isEqualTo(8 + CALL_CLEARED_FIXED);
        assertThat(error.getMessage()).contains("65 bytes exceeds 64");
    }

    @Test
    void anEccNameAboveItsMaximumIsRefused() {
        byte[] variable = ("n".repeat(33) + "\0value\0").getBytes(StandardCharsets.ISO_8859_1);

        ProtocolException error = decodeFails(beginCallWith2001().field(Tag.NAMED_VARIABLE, variable));

        assertThat(error.reason()).isEqualTo(Reason.VALUE_TOO_LONG);
        assertThat(error.messageType()).isEqualTo(MessageType.BEGIN_CALL_EVENT.number());
        assertThat(error.offset()).isEqualTo(BEGIN_CALL_FIRST_ECC_FIELD);
        assertThat(error.getMessage()).contains("ECC name of 33");
    }

    @Test
    void moreThan2000BytesOfNamedVariablesAndArraysTogetherAreRefused() {
        RawFrame frame = beginCallWith2001();
        for (int i = 0; i < 8; i++) {
            frame.field(Tag.NAMED_VARIABLE, ECC_VARIABLE_OF_240_BYTES);
        }
        // 8 x 240 = 1920 bytes so far; a NamedArray element of 1 + 33 + 51 bytes takes the message to 2005.
        byte[] element = ("\u0001" + "a".repeat(32) + "\0" + "v".repeat(50) + "\0")
                .getBytes(StandardCharsets.ISO_8859_1);

        ProtocolException error = decodeFails(frame.field(Tag.NAMED_ARRAY, element));

        assertThat(error.reason()).isEqualTo(Reason.VALUE_TOO_LONG);
        assertThat(error.messageType()).isEqualTo(MessageType.BEGIN_CALL_EVENT.number());
        assertThat(error.offset()).as("the NamedArray field").isEqualTo(BEGIN_CALL_FIRST_ECC_FIELD + 8 * (4 + 240));
        assertThat(error.getMessage()).contains("exceed 2000 bytes");
    }

    @Test
    void theEccLimitCountsEachMessageAfresh() throws ProtocolException {
        RawFrame frame = beginCallWith2001();
        for (int i = 0; i < 8; i++) {
            frame.field(Tag.NAMED_VARIABLE, ECC_VARIABLE_OF_240_BYTES);
        }
        byte[] bytes = frame.toBytes();

        BeginCallEvent first = (BeginCallEvent) codec.decodeFrame(bytes, 0, bytes.length);
        BeginCallEvent second = (BeginCallEvent) codec.decodeFrame(bytes, 0, bytes.length);

        assertThat(first.namedVariables()).hasSize(8);
        assertThat(second).isEqualTo(first);
    }

    private static RawFrame beginCallWith2001() {
        return RawFrame.ofType(MessageType.BEGIN_CALL_EVENT.number()).zeros(BEGIN_CALL_FIXED)
                .string(Tag.CONNECTION_DEVICE_ID, "2001");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        ProtocolException error = decodeFails(RawFrame.ofType(CALL_CLEARED).zeros(CALL_CLEARED_FIXED));

        assertThat(error.reason()).isEqualTo(Reason.MISSING_REQUIRED_FIELD);
        assertThat(error.messageType()).isEqualTo(CALL_CLEARED);
        assertThat(error.offset()).as("the end of the message").isEqualTo(8 + CALL_CLEARED_FIXED);
        assertThat(error.getMessage()).contains("ConnectionDeviceID");
    }

    @Test
    void unknownMessageTypesAreRefusedWithoutBreakingTheStream() {
        ProtocolException unknown = decodeFails(RawFrame.ofType(9999).zeros(4));
        ProtocolException withoutCodec = decodeFails(RawFrame.ofType(MessageType.MAKE_PREDICTIVE_CALL_REQ.number())
                .zeros(4));

        assertThat(unknown.reason()).isEqualTo(Reason.UNKNOWN_MESSAGE_TYPE);
        assertThat(unknown.messageType()).isEqualTo(9999);
        assertThat(unknown.offset()).as("the MessageType field").isEqualTo(4);
        assertThat(withoutCodec.reason()).isEqualTo(Reason.UNKNOWN_MESSAGE_TYPE);
        assertThat(withoutCodec.messageType()).isEqualTo(58);
        assertThat(withoutCodec.getMessage()).contains("MAKE_PREDICTIVE_CALL_REQ (58)");
        assertThat(unknown.reason().breaksFraming()).isFalse();
    }

    @Test
    void aFrameWhoseMessageLengthDisagreesWithItsSizeIsTruncated() {
        byte[] frame = RawFrame.ofType(MessageType.HEARTBEAT_REQ.number()).uint(7).declaredLength(8).toBytes();

        ProtocolException error = catchThrowableOfType(ProtocolException.class,
                () -> codec.decodeFrame(frame, 0, frame.length));

        assertThat(error.reason()).isEqualTo(Reason.TRUNCATED_FRAME);
        assertThat(error.reason().breaksFraming()).isTrue();
        assertThat(error.messageType()).isEqualTo(5);
        assertThat(error.offset()).isZero();
    }

    @Test
    void lessThanAHeaderIsATruncatedFrameOfNoType() {
        byte[] frame = {0, 0, 0, 4, 0};

        ProtocolException error = catchThrowableOfType(ProtocolException.class,
                () -> codec.decodeFrame(frame, 0, frame.length));

        assertThat(error.reason()).isEqualTo(Reason.TRUNCATED_FRAME);
        assertThat(error.messageType()).isEqualTo(ProtocolException.NO_MESSAGE_TYPE);
        assertThat(error.offset()).isEqualTo(5);
    }

    @Test
    void aMessageLengthAboveTheMaximumIsRefusedByTheDecoderToo() {
        byte[] frame = RawFrame.ofType(MessageType.CLOSE_REQ.number()).uint(1).uint(0).declaredLength(12_493)
                .toBytes();

        ProtocolException error = catchThrowableOfType(ProtocolException.class,
                () -> codec.decodeFrame(frame, 0, frame.length));

        assertThat(error.reason()).isEqualTo(Reason.FRAME_TOO_LARGE);
        assertThat(error.messageType()).isEqualTo(MessageType.CLOSE_REQ.number());
        assertThat(error.offset()).isZero();
    }

    @Test
    void unknownFloatingTagsAreSkippedAndCounted() throws Exception {
        byte[] frame = RawFrame.ofType(CALL_CLEARED).zeros(CALL_CLEARED_FIXED)
                .field(4000, new byte[] {1, 2, 3}).string(Tag.CONNECTION_DEVICE_ID, "2001")
                .field(Tag.AGENT_PASSWORD, new byte[] {'x', 0}).toBytes();

        CallClearedEvent event = (CallClearedEvent) codec.decodeFrame(frame, 0, frame.length);

        assertThat(event.connectionDeviceId()).isEqualTo("2001");
        assertThat(codec.unknownFieldsSkipped()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Reason.class)
    void onlyFramingErrorsBreakTheStream(Reason reason) {
        boolean framing = reason == Reason.FRAME_TOO_LARGE || reason == Reason.TRUNCATED_FRAME;
        assertThat(reason.breaksFraming()).isEqualTo(framing);
    }

    /** The fixed part of each type is exactly the guide's size: one byte less is truncated, that size is not. */
    @Test
    void everyFixedPartHasTheGuidesSize() {
        Map<MessageType, Integer> sizes = GuideFixedSizes.all();
        assertThat(sizes.keySet()).containsExactlyInAnyOrderElementsOf(CtiCodec.supportedTypes());

        List<String> wrong = new ArrayList<>();
        sizes.forEach((type, size) -> {
            Reason shortByOne = reasonFor(type.number(), size - 1);
            Reason exact = reasonFor(type.number(), size);
            if (shortByOne != Reason.TRUNCATED_FIXED_PART || exact == Reason.TRUNCATED_FIXED_PART) {
                wrong.add(type + " (" + size + "): " + shortByOne + " / " + exact);
            }
        });
        assertThat(wrong).isEmpty();
    }

    private Reason reasonFor(int type, int bodySize) {
        byte[] frame = RawFrame.ofType(type).zeros(bodySize).toBytes();
        try {
            codec.decodeFrame(frame, 0, frame.length);
            return null;
        } catch (ProtocolException e) {
            return e.reason();
        }
    }

    @Test
    void theEncoderRefusesWhatTheWireCannotCarry() {
        assertThatThrownBy(() -> codec.encode(new CallClearedEvent(0, 0, 70_000, 0, 0, 0, 0, "2001")))
                .isInstanceOf(ProtocolException.class)
                .extracting(e -> ((ProtocolException) e).reason()).isEqualTo(Reason.UNENCODABLE_VALUE);
        assertThatThrownBy(() -> codec.encode(new CallClearedEvent(0, 0, 0, 0, 0, 0, 0, "Ω-2001")))
                .extracting(e -> ((ProtocolException) e).reason()).isEqualTo(Reason.UNENCODABLE_VALUE);
        assertThatThrownBy(() -> codec.encode(new HeartbeatReq(-1)))
                .extracting(e -> ((ProtocolException) e).reason()).isEqualTo(Reason.UNENCODABLE_VALUE);
        assertThatThrownBy(() -> codec.encode(new CallClearedEvent(0, 0, 0, 0, 0, 0, 0, null)))
                .extracting(e -> ((ProtocolException) e).reason()).isEqualTo(Reason.MISSING_REQUIRED_FIELD);
    }

    @Test
    void theEncoderRefusesTooMuchEccDataAndMessagesAboveTheMaximum() {
        List<NamedVariable> ecc = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ecc.add(new NamedVariable("user.var" + i, "v".repeat(200)));
        }
        List<CtiClientEntry> clients = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            clients.add(new CtiClientEntry("client-" + "x".repeat(50) + i, (long) i));
        }

        assertThatThrownBy(() -> codec.encode(beginCall(ecc, List.of())))
                .extracting(e -> ((ProtocolException) e).reason()).isEqualTo(Reason.VALUE_TOO_LONG);
        assertThatThrownBy(() -> codec.encode(beginCall(List.of(), clients)))
                .extracting(e -> ((ProtocolException) e).reason()).isEqualTo(Reason.FRAME_TOO_LARGE);
    }

    private static BeginCallEvent beginCall(List<NamedVariable> ecc, List<CtiClientEntry> clients) {
        return new BeginCallEvent(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "2001", null, null, null, null, null, null, null,
                null, CallVariables.none(), null, ecc, List.of(), clients, null);
    }
}
