package org.ctios.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.ProtocolException.Reason;
import org.ctios.protocol.ProtocolVersion;
import org.ctios.protocol.message.agent.AgentStateEvent;
import org.ctios.protocol.message.session.CloseConf;
import org.ctios.protocol.message.session.CloseReq;
import org.ctios.protocol.message.session.FailureConf;
import org.ctios.protocol.message.session.FailureEvent;
import org.ctios.protocol.message.session.HeartbeatConf;
import org.ctios.protocol.message.session.HeartbeatReq;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.message.session.OpenReq;
import org.ctios.protocol.message.system.SystemEvent;

/** Every message the codec supports survives encode then decode unchanged, for generated values of every field. */
class RoundTripPropertyTest {

    /** One record type per supported message type; {@link #everySupportedTypeHasAGenerator()} keeps it complete. */
    static final List<Class<? extends Record>> MESSAGE_RECORDS = List.of(
            FailureConf.class, FailureEvent.class, OpenReq.class, OpenConf.class, HeartbeatReq.class,
            HeartbeatConf.class, CloseReq.class, CloseConf.class, AgentStateEvent.class, SystemEvent.class);

    private final CtiCodec codec = CtiCodec.v24();

    @Provide
    Arbitrary<CtiMessage> messages() {
        return Arbitraries.oneOf(MESSAGE_RECORDS.stream()
                .<Arbitrary<? extends CtiMessage>>map(type -> MessageArbitraries.of(type).map(m -> (CtiMessage) m))
                .toList());
    }

    @Property(tries = 20_000)
    void decodingTheEncodingGivesTheMessageBack(@ForAll("messages") CtiMessage message) throws Exception {
        byte[] frame;
        try {
            frame = codec.encode(message);
        } catch (ProtocolException refused) {
            // A generated message may lack a field the layout requires; the encoder must say exactly that.
            assertThat(refused.reason()).isEqualTo(Reason.MISSING_REQUIRED_FIELD);
            return;
        }

        CtiMessage decoded = codec.decodeFrame(frame, 0, frame.length);

        assertThat(decoded).isEqualTo(message);
        assertThat(codec.encode(decoded)).isEqualTo(frame);
    }

    @Property(tries = 2_000)
    void version20OpenConfRoundTripsWithoutSessionType(@ForAll("openConfs") OpenConf message) throws Exception {
        CtiCodec v20 = new CtiCodec(ProtocolVersion.V20);

        OpenConf decoded = (OpenConf) v20.decodeFrame(v20.encode(message), 0, v20.encode(message).length);

        assertThat(decoded).isEqualTo(new OpenConf(message.invokeId(), message.servicesGranted(),
                message.monitorId(), message.pgStatus(), message.icmCentralControllerTime(),
                message.peripheralOnline(), message.peripheralType(), message.agentState(), message.departmentId(), 0,
                message.agentExtension(), message.agentId(), message.agentInstrument(), message.numPeripherals(),
                message.peripherals()));
    }

    @Provide
    Arbitrary<OpenConf> openConfs() {
        return MessageArbitraries.of(OpenConf.class);
    }

    @Example
    void everySupportedTypeHasAGenerator() {
        Set<MessageType> generated = MESSAGE_RECORDS.stream()
                .map(type -> MessageArbitraries.of(type).sample())
                .map(message -> ((CtiMessage) message).messageType())
                .collect(Collectors.toSet());
        assertThat(generated).containsExactlyInAnyOrderElementsOf(CtiCodec.supportedTypes());
    }
}
