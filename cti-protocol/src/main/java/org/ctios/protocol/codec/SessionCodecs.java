package org.ctios.protocol.codec;

import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.message.session.CloseConf;
import org.ctios.protocol.message.session.CloseReq;
import org.ctios.protocol.message.session.FailureConf;
import org.ctios.protocol.message.session.FailureEvent;
import org.ctios.protocol.message.session.HeartbeatConf;
import org.ctios.protocol.message.session.HeartbeatReq;
import org.ctios.protocol.message.session.OpenConf;
import org.ctios.protocol.message.session.OpenReq;
import org.ctios.protocol.types.ByteString;

/** Codecs of the session messages: FAILURE, OPEN, HEARTBEAT and CLOSE. */
final class SessionCodecs {

    private SessionCodecs() {
    }

    static void register(CodecTable.Registrar table) {
        table.put(MessageType.FAILURE_CONF, new FailureConfCodec());
        table.put(MessageType.FAILURE_EVENT, new FailureEventCodec());
        table.put(MessageType.OPEN_REQ, new OpenReqCodec());
        table.put(MessageType.OPEN_CONF, new OpenConfCodec());
        table.put(MessageType.HEARTBEAT_REQ, new InvokeIdOnlyCodec<>(HeartbeatReq::new));
        table.put(MessageType.HEARTBEAT_CONF, new InvokeIdOnlyCodec<>(HeartbeatConf::new));
        table.put(MessageType.CLOSE_REQ, new CloseReqCodec());
        table.put(MessageType.CLOSE_CONF, new InvokeIdOnlyCodec<>(CloseConf::new));
    }

    private static void skipAll(BodyReader in) throws ProtocolException {
        while (in.nextField()) {
            in.skipUnknownField();
        }
    }

    static final class FailureConfCodec implements MessageBodyCodec<FailureConf> {
        @Override
        public FailureConf decode(BodyReader in) throws ProtocolException {
            FailureConf message = new FailureConf(in.uint(), in.uint());
            skipAll(in);
            return message;
        }

        @Override
        public void encode(FailureConf message, BodyWriter out) throws ProtocolException {
            out.uint(message.invokeId());
            out.uint(message.status());
        }
    }

    static final class FailureEventCodec implements MessageBodyCodec<FailureEvent> {
        @Override
        public FailureEvent decode(BodyReader in) throws ProtocolException {
            FailureEvent message = new FailureEvent(in.uint());
            skipAll(in);
            return message;
        }

        @Override
        public void encode(FailureEvent message, BodyWriter out) throws ProtocolException {
            out.uint(message.status());
        }
    }

    static final class CloseReqCodec implements MessageBodyCodec<CloseReq> {
        @Override
        public CloseReq decode(BodyReader in) throws ProtocolException {
            CloseReq message = new CloseReq(in.uint(), in.uint());
            skipAll(in);
            return message;
        }

        @Override
        public void encode(CloseReq message, BodyWriter out) throws ProtocolException {
            out.uint(message.invokeId());
            out.uint(message.status());
        }
    }

    static final class OpenReqCodec implements MessageBodyCodec<OpenReq> {
        @Override
        public OpenReq decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            long versionNumber = in.uint();
            long idleTimeout = in.uint();
            long peripheralId = in.uint();
            long servicesRequested = in.uint();
            long callMsgMask = in.uint();
            long agentStateMask = in.uint();
            long configMsgMask = in.uint();
            long reserved1 = in.uint();
            long reserved2 = in.uint();
            long reserved3 = in.uint();
            String clientId = null;
            ByteString clientPassword = null;
            String clientSignature = null;
            String agentExtension = null;
            String agentId = null;
            String agentInstrument = null;
            Integer applicationPathId = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.CLIENT_ID -> clientId = in.string(64);
                    case Tag.CLIENT_PASSWORD -> clientPassword = in.byteString(64);
                    case Tag.CLIENT_SIGNATURE -> clientSignature = in.string(64);
                    case Tag.AGENT_EXTENSION -> agentExtension = in.string(16);
                    case Tag.AGENT_ID -> agentId = in.string(12);
                    case Tag.AGENT_INSTRUMENT -> agentInstrument = in.string(64);
                    case Tag.APPLICATION_PATH_ID -> applicationPathId = in.int32Field();
                    default -> in.skipUnknownField();
                }
            }
            return new OpenReq(invokeId, versionNumber, idleTimeout, peripheralId, servicesRequested, callMsgMask,
                    agentStateMask, configMsgMask, reserved1, reserved2, reserved3,
                    in.require(clientId, "ClientID"), in.require(clientPassword, "ClientPassword"), clientSignature,
                    agentExtension, agentId, agentInstrument, applicationPathId);
        }

        @Override
        public void encode(OpenReq m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.uint(m.versionNumber());
            out.uint(m.idleTimeout());
            out.uint(m.peripheralId());
            out.uint(m.servicesRequested());
            out.uint(m.callMsgMask());
            out.uint(m.agentStateMask());
            out.uint(m.configMsgMask());
            out.uint(m.reserved1());
            out.uint(m.reserved2());
            out.uint(m.reserved3());
            out.requiredString(Tag.CLIENT_ID, m.clientId(), 64, "ClientID");
            out.requiredByteString(Tag.CLIENT_PASSWORD, m.clientPassword(), 64, "ClientPassword");
            out.string(Tag.CLIENT_SIGNATURE, m.clientSignature(), 64);
            out.string(Tag.AGENT_EXTENSION, m.agentExtension(), 16);
            out.string(Tag.AGENT_ID, m.agentId(), 12);
            out.string(Tag.AGENT_INSTRUMENT, m.agentInstrument(), 64);
            out.int32Field(Tag.APPLICATION_PATH_ID, m.applicationPathId());
        }
    }

    static final class OpenConfCodec implements MessageBodyCodec<OpenConf> {
        @Override
        public OpenConf decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            long servicesGranted = in.uint();
            long monitorId = in.uint();
            long pgStatus = in.uint();
            long controllerTime = in.uint();
            boolean peripheralOnline = in.bool();
            int peripheralType = in.ushort();
            int agentState = in.ushort();
            int departmentId = in.int32();
            int sessionType = in.version().hasOpenConfSessionType() ? in.ushort() : 0;
            String agentExtension = null;
            String agentId = null;
            String agentInstrument = null;
            Integer numPeripherals = null;
            RepeatedGroup<OpenConf.Peripheral> peripherals = new RepeatedGroup<>(2,
                    m -> new OpenConf.Peripheral((Long) m[0], (Integer) m[1]));
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.AGENT_EXTENSION -> agentExtension = in.string(16);
                    case Tag.AGENT_ID -> agentId = in.string(12);
                    case Tag.AGENT_INSTRUMENT -> agentInstrument = in.string(64);
                    case Tag.NUM_PERIPHERALS -> numPeripherals = in.ushortField();
                    case Tag.FLT_PERIPHERAL_ID -> peripherals.put(0, in.uintField());
                    case Tag.MULTILINE_AGENT_CONTROL -> peripherals.put(1, in.ushortField());
                    default -> in.skipUnknownField();
                }
            }
            return new OpenConf(invokeId, servicesGranted, monitorId, pgStatus, controllerTime, peripheralOnline,
                    peripheralType, agentState, departmentId, sessionType, agentExtension, agentId, agentInstrument,
                    numPeripherals, peripherals.entries());
        }

        @Override
        public void encode(OpenConf m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.uint(m.servicesGranted());
            out.uint(m.monitorId());
            out.uint(m.pgStatus());
            out.uint(m.icmCentralControllerTime());
            out.bool(m.peripheralOnline());
            out.ushort(m.peripheralType());
            out.ushort(m.agentState());
            out.int32(m.departmentId());
            if (out.version().hasOpenConfSessionType()) {
                out.ushort(m.sessionType());
            }
            out.string(Tag.AGENT_EXTENSION, m.agentExtension(), 16);
            out.string(Tag.AGENT_ID, m.agentId(), 12);
            out.string(Tag.AGENT_INSTRUMENT, m.agentInstrument(), 64);
            out.ushortField(Tag.NUM_PERIPHERALS, m.numPeripherals());
            for (OpenConf.Peripheral peripheral : m.peripherals()) {
                out.uintField(Tag.FLT_PERIPHERAL_ID, peripheral.peripheralId());
                out.ushortField(Tag.MULTILINE_AGENT_CONTROL, peripheral.multilineAgentControl());
            }
        }
    }
}
