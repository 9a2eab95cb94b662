package org.ctios.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.message.agent.AgentStateEvent;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.message.session.OpenReq;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.CtiService;
import org.ctios.protocol.types.SkillGroupEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every reference message this codec supports decodes and re-encodes to the identical bytes. */
class ReferenceVectorTest {

    static Stream<ReferenceVectors.MessageVector> supportedVectors() {
        return ReferenceVectors.messages().stream().filter(v -> CtiCodec.supports(v.messageType()));
    }

    /** The sheet says only OPEN_CONF's layout differs in version 20; the others decode as version 24. */
    private static CtiCodec codecFor(int messageType) {
        return new CtiCodec(messageType == MessageType.OPEN_CONF.number() ? ProtocolVersion.V20 : ProtocolVersion.V24);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("supportedVectors")
    void decodesAndReencodesToTheSameBytes(ReferenceVectors.MessageVector vector) throws Exception {
        CtiCodec codec = codecFor(vector.messageType());

        CtiMessage message = codec.decodeFrame(vector.framed(), 0, vector.framed().length);

        assertThat(message.messageType().number()).isEqualTo(vector.messageType());
        assertThat(HexFormat.of().formatHex(codec.encode(message)))
                .isEqualTo(HexFormat.of().formatHex(vector.framed()));
        assertThat(codec.unknownFieldsSkipped()).as("every field of the sample is known").isZero();
    }

    /** The codec reads fixed fields as words ending with them: a body without the header before it still decodes. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("supportedVectors")
    void decodesABodyHandedOverWithoutItsHeader(ReferenceVectors.MessageVector vector) throws Exception {
        CtiCodec codec = codecFor(vector.messageType());
        byte[] framed = vector.framed();
        byte[] body = Arrays.copyOfRange(framed, 8, framed.length);

        assertThat(codec.decodeBody(vector.messageType(), body, 0, body.length))
                .isEqualTo(codec.decodeFrame(framed, 0, framed.length));
    }

    @Test
    void everyReferenceMessageHasACodec() {
        List<ReferenceVectors.MessageVector> all = ReferenceVectors.messages();

        assertThat(all).hasSize(35);
        assertThat(all).allSatisfy(vector -> assertThat(CtiCodec.supports(vector.messageType()))
                .as("%s is supported", vector).isTrue());
    }

    @Test
    void agentStateEventSampleDecodesToItsFields() throws Exception {
        ReferenceVectors.MessageVector vector = vector("AGENT_STATE_EVENT");

        AgentStateEvent event = (AgentStateEvent) CtiCodec.v24().decodeFrame(vector.framed(), 0,
                vector.framed().length);

        assertThat(event.monitorId()).isEqualTo(0x01020304L);
        assertThat(AgentState.fromWire(event.agentState())).contains(AgentState.HOLD);
        assertThat(event.agentId()).isEqualTo("1001");
        assertThat(event.agentExtension()).isEqualTo("3001");
        assertThat(event.ctiClientSignature()).isEqualTo("ClientSignature");
        assertThat(event.numFltSkillGroups()).isEqualTo(0x0706);
        assertThat(event.fltSkillGroups()).containsExactly(
                new SkillGroupEntry(0x0708090AL, 0x08090A0BL, 0x090A, 7));
    }

    @Test
    void openReqSampleIsAMonitorModeRequestForVersion20() throws Exception {
        ReferenceVectors.MessageVector vector = vector("OPEN_REQ");

        OpenReq request = (OpenReq) CtiCodec.v24().decodeFrame(vector.framed(), 0, vector.framed().length);

        assertThat(request.versionNumber()).isEqualTo(20);
        assertThat(CtiService.ALL_EVENTS.in(request.servicesRequested())).isTrue();
        assertThat(request.clientId()).isEqualTo("ClientID");
        assertThat(request.clientPassword().size()).isZero();
        assertThat(request.applicationPathId()).isEqualTo(0x03040506);
    }

    @Test
    void openConfSampleHasNoSessionTypeInVersion20() throws Exception {
        ReferenceVectors.MessageVector vector = vector("OPEN_CONF");

        OpenConf confirmation = (OpenConf) new CtiCodec(ProtocolVersion.V20)
                .decodeFrame(vector.framed(), 0, vector.framed().length);

        assertThat(confirmation.peripheralOnline()).isTrue();
        assertThat(confirmation.sessionType()).isZero();
        assertThat(confirmation.numPeripherals()).isEqualTo(0x0506);
        assertThat(confirmation.peripherals()).containsExactly(new OpenConf.Peripheral(null, 0));
    }

    private static ReferenceVectors.MessageVector vector(String name) {
        return ReferenceVectors.messages().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }
}
