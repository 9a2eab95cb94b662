package org.ctios.protocol.codec;

import java.util.ArrayList;
import java.util.List;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolException;
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
import org.ctios.protocol.types.ConnectedParty;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;

/** Codecs of the call control requests, their confirmations, CONTROL_FAILURE_CONF and supervision. */
final class CallControlCodecs {

    private CallControlCodecs() {
    }

    static void register(CodecTable.Registrar table) {
        table.put(MessageType.CONTROL_FAILURE_CONF, new ControlFailureConfCodec());
        table.put(MessageType.ANSWER_CALL_REQ, new AnswerCallReqCodec());
        table.put(MessageType.ANSWER_CALL_CONF, new InvokeIdOnlyCodec<>(AnswerCallConf::new));
        table.put(MessageType.CLEAR_CONNECTION_REQ, new ClearConnectionReqCodec());
        table.put(MessageType.CLEAR_CONNECTION_CONF, new InvokeIdOnlyCodec<>(ClearConnectionConf::new));
        table.put(MessageType.CONFERENCE_CALL_REQ, new ConferenceCallReqCodec());
        table.put(MessageType.CONFERENCE_CALL_CONF, new ConferenceCallConfCodec());
        table.put(MessageType.CONSULTATION_CALL_REQ, new ConsultationCallReqCodec());
        table.put(MessageType.CONSULTATION_CALL_CONF, new ConsultationCallConfCodec());
        table.put(MessageType.HOLD_CALL_REQ, new HoldCallReqCodec());
        table.put(MessageType.HOLD_CALL_CONF, new InvokeIdOnlyCodec<>(HoldCallConf::new));
        table.put(MessageType.MAKE_CALL_REQ, new MakeCallReqCodec());
        table.put(MessageType.MAKE_CALL_CONF, new MakeCallConfCodec());
        table.put(MessageType.RETRIEVE_CALL_REQ, new RetrieveCallReqCodec());
        table.put(MessageType.RETRIEVE_CALL_CONF, new InvokeIdOnlyCodec<>(RetrieveCallConf::new));
        table.put(MessageType.TRANSFER_CALL_REQ, new TransferCallReqCodec());
        table.put(MessageType.TRANSFER_CALL_CONF, new TransferCallConfCodec());
        table.put(MessageType.SUPERVISE_CALL_REQ, new SuperviseCallReqCodec());
        table.put(MessageType.SUPERVISE_CALL_CONF, new SuperviseCallConfCodec());
    }

    static final class ControlFailureConfCodec implements MessageBodyCodec<ControlFailureConf> {
        @Override
        public ControlFailureConf decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            int failureCode = in.ushort();
            long peripheralErrorCode = in.uint();
            while (in.nextField()) {
                in.skipUnknownField();
            }
            return new ControlFailureConf(invokeId, failureCode, peripheralErrorCode);
        }

        @Override
        public void encode(ControlFailureConf m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.ushort(m.failureCode());
            out.uint(m.peripheralErrorCode());
        }
    }

    static final class AnswerCallReqCodec implements MessageBodyCodec<AnswerCallReq> {
        @Override
        public AnswerCallReq decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            long peripheralId = in.uint();
            long connectionCallId = in.uint();
            int connectionDeviceIdType = in.ushort();
            String connectionDeviceId = null;
            String agentInstrument = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.CONNECTION_DEVICE_ID -> connectionDeviceId = in.string(64);
                    case Tag.AGENT_INSTRUMENT -> agentInstrument = in.string(64);
                    default -> in.skipUnknownField();
                }
            }
            return new AnswerCallReq(
                    invokeId, peripheralId, connectionCallId, connectionDeviceIdType,
                    in.require(connectionDeviceId, "ConnectionDeviceID"), agentInstrument);
        }

        @Override
        public void encode(AnswerCallReq m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.uint(m.peripheralId());
            out.uint(m.connectionCallId());
            out.ushort(m.connectionDeviceIdType());
            out.requiredString(Tag.CONNECTION_DEVICE_ID, m.connectionDeviceId(), 64, "ConnectionDeviceID");
            out.string(Tag.AGENT_INSTRUMENT, m.agentInstrument(), 64);
        }
    }

    static final class ClearConnectionReqCodec implements MessageBodyCodec<ClearConnectionReq> {
        @Override
        public ClearConnectionReq decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            long peripheralId = in.uint();
            long connectionCallId = in.uint();
            int connectionDeviceIdType = in.ushort();
            String connectionDeviceId = null;
            String agentInstrument = null;
            String requestingDeviceId = null;
            Integer requestingDeviceIdType = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.CONNECTION_DEVICE_ID -> connectionDeviceId = in.string(64);
                    case Tag.AGENT_INSTRUMENT -> agentInstrument = in.string(64);
                    case Tag.REQUESTING_DEVICE_ID -> requestingDeviceId = in.string(64);
                    case Tag.REQUESTING_DEVICE_ID_TYPE -> requestingDeviceIdType = in.ushortField();
                    default -> in.skipUnknownField();
                }
            }
            return new ClearConnectionReq(
                    invokeId, peripheralId, connectionCallId, connectionDeviceIdType,
                    in.require(connectionDeviceId, "ConnectionDeviceID"), agentInstrument, requestingDeviceId,
                    requestingDeviceIdType);
        }

        @Override
        public void encode(ClearConnectionReq m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.uint(m.peripheralId());
            out.uint(m.connectionCallId());
            out.ushort(m.connectionDeviceIdType());
            out.requiredString(Tag.CONNECTION_DEVICE_ID, m.connectionDeviceId(), 64, "ConnectionDeviceID");
            out.string(Tag.AGENT_INSTRUMENT, m.agentInstrument(), 64);
            out.string(Tag.REQUESTING_DEVICE_ID, m.requestingDeviceId(), 64);
            out.ushortField(Tag.REQUESTING_DEVICE_ID_TYPE, m.requestingDeviceIdType());
        }
    }

    static final class ConferenceCallReqCodec implements MessageBodyCodec<ConferenceCallReq> {
        @Override
        public ConferenceCallReq decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            long peripheralId = in.uint();
            long heldConnectionCallId = in.uint();
            long activeConnectionCallId = in.uint();
            int heldConnectionDeviceIdType = in.ushort();
            int activeConnectionDeviceIdType = in.ushort();
            int callPlacementType = in.ushort();
            int callMannerType = in.ushort();
            int alertRings = in.ushort();
            int callOption = in.ushort();
            int facilityType = in.ushort();
            int answeringMachine = in.ushort();
            boolean priority = in.bool();
            boolean postRoute = in.bool();
            int numNamedVariables = in.ushort();
            int numNamedArrays = in.ushort();
            String activeConnectionDeviceId = null;
            String heldConnectionDeviceId = null;
            String agentInstrument = null;
            String dialedNumber = null;
            ByteString userToUserInfo = null;
            String[] callVariables = CommonFields.callVariableSlots();
            String callWrapupData = null;
            List<NamedVariable> namedVariables = new ArrayList<>();
            List<NamedArray> namedArrays = new ArrayList<>();
            String facilityCode = null;
            String authorizationCode = null;
            String accountCode = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.ACTIVE_CONNECTION_DEVICE_ID -> activeConnectionDeviceId = in.string(64);
                    case Tag.HELD_CONNECTION_DEVICE_ID -> heldConnectionDeviceId = in.string(64);
                    case Tag.AGENT_INSTRUMENT -> agentInstrument = in.string(64);
                    case Tag.DIALED_NUMBER -> dialedNumber = in.string(40);
                    case Tag.USER_TO_USER_INFO -> userToUserInfo = in.byteString(131);
                    case Tag.CALL_WRAPUP_DATA -> callWrapupData = in.string(40);
                    case Tag.NAMED_VARIABLE -> namedVariables.add(in.namedVariable());
                    case Tag.NAMED_ARRAY -> namedArrays.add(in.namedArray());
                    case Tag.FACILITY_CODE -> facilityCode = in.string(40);
                    case Tag.AUTHORIZATION_CODE -> authorizationCode = in.string(40);
                    case Tag.ACCOUNT_CODE -> accountCode = in.string(40);
                    default -> {
                        if (!CommonFields.readCallVariable(in, callVariables)) {
                            in.skipUnknownField();
                        }
                    }
                }
            }
            return new ConferenceCallReq(
                    invokeId, peripheralId, heldConnectionCallId, activeConnectionCallId, heldConnectionDeviceIdType,
                    activeConnectionDeviceIdType, callPlacementType, callMannerType, alertRings, callOption,
                    facilityType, answeringMachine, priority, postRoute, numNamedVariables, numNamedArrays,
                    in.require(activeConnectionDeviceId, "ActiveConnectionDeviceID"), heldConnectionDeviceId,
                    agentInstrument, dialedNumber, userToUserInfo, CommonFields.callVariables(callVariables),
                    callWrapupData, namedVariables, namedArrays, facilityCode, authorizationCode, accountCode);
        }

        @Override
        public void encode(ConferenceCallReq m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.uint(m.peripheralId());
            out.uint(m.heldConnectionCallId());
            out.uint(m.activeConnectionCallId());
            out.ushort(m.heldConnectionDeviceIdType());
            out.ushort(m.activeConnectionDeviceIdType());
            out.ushort(m.callPlacementType());
            out.ushort(m.callMannerType());
            out.ushort(m.alertRings());
            out.ushort(m.callOption());
            out.ushort(m.facilityType());
            out.ushort(m.answeringMachine());
            out.bool(m.priority());
            out.bool(m.postRoute());
            out.ushort(m.numNamedVariables());
            out.ushort(m.numNamedArrays());
            out.requiredString(Tag.ACTIVE_CONNECTION_DEVICE_ID, m.activeConnectionDeviceId(), 64,
                    "ActiveConnectionDeviceID");
            out.string(Tag.HELD_CONNECTION_DEVICE_ID, m.heldConnectionDeviceId(), 64);
            out.string(Tag.AGENT_INSTRUMENT, m.agentInstrument(), 64);
            out.string(Tag.DIALED_NUMBER, m.dialedNumber(), 40);
            out.byteString(Tag.USER_TO_USER_INFO, m.userToUserInfo(), 131);
            out.callVariables(m.callVariables());
            out.string(Tag.CALL_WRAPUP_DATA, m.callWrapupData(), 40);
            out.namedVariables(m.namedVariables());
            out.namedArrays(m.namedArrays());
            out.string(Tag.FACILITY_CODE, m.facilityCode(), 40);
            out.string(Tag.AUTHORIZATION_CODE, m.authorizationCode(), 40);
            out.string(Tag.ACCOUNT_CODE, m.accountCode(), 40);
        }
    }

    static final class ConferenceCallConfCodec implements MessageBodyCodec<ConferenceCallConf> {
        @Override
        public ConferenceCallConf decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            long newConnectionCallId = in.uint();
            int newConnectionDeviceIdType = in.ushort();
            int numParties = in.ushort();
            int lineHandle = in.ushort();
            int lineType = in.ushort();
            String newConnectionDeviceId = null;
            RepeatedGroup<ConnectedParty> connectedParties = CommonFields.connectedPartyGroup();
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.NEW_CONNECTION_DEVICE_ID -> newConnectionDeviceId = in.string(64);
                    default -> {
                        if (!CommonFields.readConnectedParty(in, connectedParties)) {
                            in.skipUnknownField();
                        }
                    }
                }
            }
            return new ConferenceCallConf(
                    invokeId, newConnectionCallId, newConnectionDeviceIdType, numParties, lineHandle, lineType,
                    in.require(newConnectionDeviceId, "NewConnectionDeviceID"), connectedParties.entries());
        }

        @Override
        public void encode(ConferenceCallConf m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.uint(m.newConnectionCallId());
            out.ushort(m.newConnectionDeviceIdType());
            out.ushort(m.numParties());
            out.ushort(m.lineHandle());
            out.ushort(m.lineType());
            out.requiredString(Tag.NEW_CONNECTION_DEVICE_ID, m.newConnectionDeviceId(), 64, "NewConnectionDeviceID");
            CommonFields.writeConnectedParties(m.connectedParties(), out);
        }
    }

    static final class ConsultationCallReqCodec implements MessageBodyCodec<ConsultationCallReq> {
        @Override
        public ConsultationCallReq decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            long peripheralId = in.uint();
            long activeConnectionCallId = in.uint();
            int activeConnectionDeviceIdType = in.ushort();
            int callPlacementType = in.ushort();
            int callMannerType = in.ushort();
            int consultType = in.ushort();
            int alertRings = in.ushort();
            int callOption = in.ushort();
            int facilityType = in.ushort();
            int answeringMachine = in.ushort();
            boolean priority = in.bool();
            boolean postRoute = in.bool();
            int numNamedVariables = in.ushort();
            int numNamedArrays = in.ushort();
            String activeConnectionDeviceId = null;
            String dialedNumber = null;
            String agentInstrument = null;
            ByteString userToUserInfo = null;
            String[] callVariables = CommonFields.callVariableSlots();
            String callWrapupData = null;
            List<NamedVariable> namedVariables = new ArrayList<>();
            List<NamedArray> namedArrays = new ArrayList<>();
            String facilityCode = null;
            String authorizationCode = null;
            String accountCode = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.ACTIVE_CONNECTION_DEVICE_ID -> activeConnectionDeviceId = in.string(64);
                    case Tag.DIALED_NUMBER -> dialedNumber = in.string(40);
                    case Tag.AGENT_INSTRUMENT -> agentInstrument = in.string(64);
                    case Tag.USER_TO_USER_INFO -> userToUserInfo = in.byteString(131);
                    case Tag.CALL_WRAPUP_DATA -> callWrapupData = in.string(40);
                    case Tag.NAMED_VARIABLE -> namedVariables.add(in.namedVariable());
                    case Tag.NAMED_ARRAY -> namedArrays.add(in.namedArray());
                    case Tag.FACILITY_CODE -> facilityCode = in.string(40);
                    case Tag.AUTHORIZATION_CODE -> authorizationCode = in.string(40);
                    case Tag.ACCOUNT_CODE -> accountCode = in.string(40);
                    default -> {
                        if (!CommonFields.readCallVariable(in, callVariables)) {
                            in.skipUnknownField();
                        }
                    }
                }
            }
            return new ConsultationCallReq(
                    invokeId, peripheralId, activeConnectionCallId, activeConnectionDeviceIdType, callPlacementType,
                    callMannerType, consultType, alertRings, callOption, facilityType, answeringMachine, priority,
                    postRoute, numNamedVariables, numNamedArrays,
                    in.require(activeConnectionDeviceId, "ActiveConnectionDeviceID"),
                    in.require(dialedNumber, "DialedNumber"), agentInstrument, userToUserInfo,
                    CommonFields.callVariables(callVariables), callWrapupData, namedVariables, namedArrays,
                    facilityCode, authorizationCode, accountCode);
        }

        @Override
        public void encode(ConsultationCallReq m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.uint(m.peripheralId());
            out.uint(m.activeConnectionCallId());
            out.ushort(m.activeConnectionDeviceIdType());
            out.ushort(m.callPlacementType());
            out.ushort(m.callMannerType());
            out.ushort(m.consultType());
            out.ushort(m.alertRings());
            out.ushort(m.callOption());
            out.ushort(m.facilityType());
            out.ushort(m.answeringMachine());
            out.bool(m.priority());
            out.bool(m.postRoute());
            out.ushort(m.numNamedVariables());
            out.ushort(m.numNamedArrays());
            out.requiredString(Tag.ACTIVE_CONNECTION_DEVICE_ID, m.activeConnectionDeviceId(), 64,
                    "ActiveConnectionDeviceID");
            out.requiredString(Tag.DIALED_NUMBER, m.dialedNumber(), 40, "DialedNumber");
            out.string(Tag.AGENT_INSTRUMENT, m.agentInstrument(), 64);
            out.byteString(Tag.USER_TO_USER_INFO, m.userToUserInfo(), 131);
            out.callVariables(m.callVariables());
            out.string(Tag.CALL_WRAPUP_DATA, m.callWrapupData(), 40);
            out.namedVariables(m.namedVariables());
            out.namedArrays(m.namedArrays());
            out.string(Tag.FACILITY_CODE, m.facilityCode(), 40);
            out.string(Tag.AUTHORIZATION_CODE, m.authorizationCode(), 40);
            out.string(Tag.ACCOUNT_CODE, m.accountCode(), 40);
        }
    }

    static final class ConsultationCallConfCodec implements MessageBodyCodec<ConsultationCallConf> {
        @Override
        public ConsultationCallConf decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            long newConnectionCallId = in.uint();
            int newConnectionDeviceIdType = in.ushort();
            int lineHandle = in.ushort();
            int lineType = in.ushort();
            String newConnectionDeviceId = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.NEW_CONNECTION_DEVICE_ID -> newConnectionDeviceId = in.string(64);
                    default -> in.skipUnknownField();
                }
            }
            return new ConsultationCallConf(
                    invokeId, newConnectionCallId, newConnectionDeviceIdType, lineHandle, lineType,
                    in.require(newConnectionDeviceId, "NewConnectionDeviceID"));
        }

        @Override
        public void encode(ConsultationCallConf m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.uint(m.newConnectionCallId());
            out.ushort(m.newConnectionDeviceIdType());
            out.ushort(m.lineHandle());
            out.ushort(m.lineType());
            out.requiredString(Tag.NEW_CONNECTION_DEVICE_ID, m.newConnectionDeviceId(), 64, "NewConnectionDeviceID");
        }
    }

    static final class HoldCallReqCodec implements MessageBodyCodec<HoldCallReq> {
        @Override
        public HoldCallReq decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            long peripheralId = in.uint();
            long connectionCallId = in.uint();
            int connectionDeviceIdType = in.ushort();
            boolean reservation = in.bool();
            String connectionDeviceId = null;
            String agentInstrument = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.CONNECTION_DEVICE_ID -> connectionDeviceId = in.string(64);
                    case Tag.AGENT_INSTRUMENT -> agentInstrument = in.string(64);
                    default -> in.skipUnknownField();
                }
            }
            return new HoldCallReq(
                    invokeId, peripheralId, connectionCallId, connectionDeviceIdType, reservation,
                    in.require(connectionDeviceId, "ConnectionDeviceID"), agentInstrument);
        }

        @Override
        public void encode(HoldCallReq m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.uint(m.peripheralId());
            out.uint(m.connectionCallId());
            out.ushort(m.connectionDeviceIdType());
            out.bool(m.reservation());
            out.requiredString(Tag.CONNECTION_DEVICE_ID, m.connectionDeviceId(), 64, "ConnectionDeviceID");
            out.string(Tag.AGENT_INSTRUMENT, m.agentInstrument(), 64);
        }
    }

    static final class MakeCallReqCodec implements MessageBodyCodec<MakeCallReq> {
        @Override
        public MakeCallReq decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            long peripheralId = in.uint();
            int callPlacementType = in.ushort();
            int callMannerType = in.ushort();
            int alertRings = in.ushort();
            int callOption = in.ushort();
            int facilityType = in.ushort();
            int answeringMachine = in.ushort();
            boolean priority = in.bool();
            boolean postRoute = in.bool();
            int numNamedVariables = in.ushort();
            int numNamedArrays = in.ushort();
            long skillGroupNumber = in.uint();
            String agentInstrument = null;
            String dialedNumber = null;
            ByteString userToUserInfo = null;
            String[] callVariables = CommonFields.callVariableSlots();
            String callWrapupData = null;
            List<NamedVariable> namedVariables = new ArrayList<>();
            List<NamedArray> namedArrays = new ArrayList<>();
            String facilityCode = null;
            String authorizationCode = null;
            String accountCode = null;
            String callControlTable = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.AGENT_INSTRUMENT -> agentInstrument = in.string(64);
                    case Tag.DIALED_NUMBER -> dialedNumber = in.string(40);
                    case Tag.USER_TO_USER_INFO -> userToUserInfo = in.byteString(131);
                    case Tag.CALL_WRAPUP_DATA -> callWrapupData = in.string(40);
                    case Tag.NAMED_VARIABLE -> namedVariables.add(in.namedVariable());
                    case Tag.NAMED_ARRAY -> namedArrays.add(in.namedArray());
                    case Tag.FACILITY_CODE -> facilityCode = in.string(40);
                    case Tag.AUTHORIZATION_CODE -> authorizationCode = in.string(40);
                    case Tag.ACCOUNT_CODE -> accountCode = in.string(40);
                    case Tag.CALL_CONTROL_TABLE -> callControlTable = in.string(4);
                    default -> {
                        if (!CommonFields.readCallVariable(in, callVariables)) {
                            in.skipUnknownField();
                        }
                    }
                }
            }
            return new MakeCallReq(
                    invokeId, peripheralId, callPlacementType, callMannerType, alertRings, callOption, facilityType,
                    answeringMachine, priority, postRoute, numNamedVariables, numNamedArrays, skillGroupNumber,
                    in.require(agentInstrument, "AgentInstrument"), in.require(dialedNumber, "DialedNumber"),
                    userToUserInfo, CommonFields.callVariables(callVariables), callWrapupData, namedVariables,
                    namedArrays, facilityCode, authorizationCode, accountCode, callControlTable);
        }

        @Override
        public void encode(MakeCallReq m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.uint(m.peripheralId());
            out.ushort(m.callPlacementType());
            out.ushort(m.callMannerType());
            out.ushort(m.alertRings());
            out.ushort(m.callOption());
            out.ushort(m.facilityType());
            out.ushort(m.answeringMachine());
            out.bool(m.priority());
            out.bool(m.postRoute());
            out.ushort(m.numNamedVariables());
            out.ushort(m.numNamedArrays());
            out.uint(m.skillGroupNumber());
            out.requiredString(Tag.AGENT_INSTRUMENT, m.agentInstrument(), 64, "AgentInstrument");
            out.requiredString(Tag.DIALED_NUMBER, m.dialedNumber(), 40, "DialedNumber");
            out.byteString(Tag.USER_TO_USER_INFO, m.userToUserInfo(), 131);
            out.callVariables(m.callVariables());
            out.string(Tag.CALL_WRAPUP_DATA, m.callWrapupData(), 40);
            out.namedVariables(m.namedVariables());
            out.namedArrays(m.namedArrays());
            out.string(Tag.FACILITY_CODE, m.facilityCode(), 40);
            out.string(Tag.AUTHORIZATION_CODE, m.authorizationCode(), 40);
            out.string(Tag.ACCOUNT_CODE, m.accountCode(), 40);
            out.string(Tag.CALL_CONTROL_TABLE, m.callControlTable(), 4);
        }
    }

    static final class MakeCallConfCodec implements MessageBodyCodec<MakeCallConf> {
        @Override
        public MakeCallConf decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            long newConnectionCallId = in.uint();
            int newConnectionDeviceIdType = in.ushort();
            int lineHandle = in.ushort();
            int lineType = in.ushort();
            String newConnectionDeviceId = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.NEW_CONNECTION_DEVICE_ID -> newConnectionDeviceId = in.string(64);
                    default -> in.skipUnknownField();
                }
            }
            return new MakeCallConf(
                    invokeId, newConnectionCallId, newConnectionDeviceIdType, lineHandle, lineType,
                    in.require(newConnectionDeviceId, "NewConnectionDeviceID"));
        }

        @Override
        public void encode(MakeCallConf m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.uint(m.newConnectionCallId());
            out.ushort(m.newConnectionDeviceIdType());
            out.ushort(m.lineHandle());
            out.ushort(m.lineType());
            out.requiredString(Tag.NEW_CONNECTION_DEVICE_ID, m.newConnectionDeviceId(), 64, "NewConnectionDeviceID");
        }
    }

    static final class RetrieveCallReqCodec implements MessageBodyCodec<RetrieveCallReq> {
        @Override
        public RetrieveCallReq decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            long peripheralId = in.uint();
            long heldConnectionCallId = in.uint();
            int heldConnectionDeviceIdType = in.ushort();
            String heldConnectionDeviceId = null;
            String agentInstrument = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.HELD_CONNECTION_DEVICE_ID -> heldConnectionDeviceId = in.string(64);
                    case Tag.AGENT_INSTRUMENT -> agentInstrument = in.string(64);
                    default -> in.skipUnknownField();
                }
            }
            return new RetrieveCallReq(
                    invokeId, peripheralId, heldConnectionCallId, heldConnectionDeviceIdType,
                    in.require(heldConnectionDeviceId, "HeldConnectionDeviceID"), agentInstrument);
        }

        @Override
        public void encode(RetrieveCallReq m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.uint(m.peripheralId());
            out.uint(m.heldConnectionCallId());
            out.ushort(m.heldConnectionDeviceIdType());
            out.requiredString(Tag.HELD_CONNECTION_DEVICE_ID, m.heldConnectionDeviceId(), 64, "HeldConnectionDeviceID");
            out.string(Tag.AGENT_INSTRUMENT, m.agentInstrument(), 64);
        }
    }

    static final class TransferCallReqCodec implements MessageBodyCodec<TransferCallReq> {
        @Override
        public TransferCallReq decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            long peripheralId = in.uint();
            long activeConnectionCallId = in.uint();
            long heldConnectionCallId = in.uint();
            int activeConnectionDeviceIdType = in.ushort();
            int heldConnectionDeviceIdType = in.ushort();
            int callPlacementType = in.ushort();
            int callMannerType = in.ushort();
            int alertRings = in.ushort();
            int callOption = in.ushort();
            int facilityType = in.ushort();
            int answeringMachine = in.ushort();
            boolean priority = in.bool();
            boolean postRoute = in.bool();
            int numNamedVariables = in.ushort();
            int numNamedArrays = in.ushort();
            String activeConnectionDeviceId = null;
            String heldConnectionDeviceId = null;
            String agentInstrument = null;
            String dialedNumber = null;
            ByteString userToUserInfo = null;
            String[] callVariables = CommonFields.callVariableSlots();
            String callWrapupData = null;
            List<NamedVariable> namedVariables = new ArrayList<>();
            List<NamedArray> namedArrays = new ArrayList<>();
            String facilityCode = null;
            String authorizationCode = null;
            String accountCode = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.ACTIVE_CONNECTION_DEVICE_ID -> activeConnectionDeviceId = in.string(64);
                    case Tag.HELD_CONNECTION_DEVICE_ID -> heldConnectionDeviceId = in.string(64);
                    case Tag.AGENT_INSTRUMENT -> agentInstrument = in.string(64);
                    case Tag.DIALED_NUMBER -> dialedNumber = in.string(40);
                    case Tag.USER_TO_USER_INFO -> userToUserInfo = in.byteString(131);
                    case Tag.CALL_WRAPUP_DATA -> callWrapupData = in.string(40);
                    case Tag.NAMED_VARIABLE -> namedVariables.add(in.namedVariable());
                    case Tag.NAMED_ARRAY -> namedArrays.add(in.namedArray());
                    case Tag.FACILITY_CODE -> facilityCode = in.string(40);
                    case Tag.AUTHORIZATION_CODE -> authorizationCode = in.string(40);
                    case Tag.ACCOUNT_CODE -> accountCode = in.string(40);
                    default -> {
                        if (!CommonFields.readCallVariable(in, callVariables)) {
                            in.skipUnknownField();
                        }
                    }
                }
            }
            return new TransferCallReq(
                    invokeId, peripheralId, activeConnectionCallId, heldConnectionCallId,
                    activeConnectionDeviceIdType, heldConnectionDeviceIdType, callPlacementType, callMannerType,
                    alertRings, callOption, facilityType, answeringMachine, priority, postRoute, numNamedVariables,
                    numNamedArrays, in.require(activeConnectionDeviceId, "ActiveConnectionDeviceID"),
                    heldConnectionDeviceId, agentInstrument, dialedNumber, userToUserInfo,
                    CommonFields.callVariables(callVariables), callWrapupData, namedVariables, namedArrays,
                    facilityCode, authorizationCode, accountCode);
        }

        @Override
        public void encode(TransferCallReq m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.uint(m.peripheralId());
            out.uint(m.activeConnectionCallId());
            out.uint(m.heldConnectionCallId());
            out.ushort(m.activeConnectionDeviceIdType());
            out.ushort(m.heldConnectionDeviceIdType());
            out.ushort(m.callPlacementType());
            out.ushort(m.callMannerType());
            out.ushort(m.alertRings());
            out.ushort(m.callOption());
            out.ushort(m.facilityType());
            out.ushort(m.answeringMachine());
            out.bool(m.priority());
            out.bool(m.postRoute());
            out.ushort(m.numNamedVariables());
            out.ushort(m.numNamedArrays());
            out.requiredString(Tag.ACTIVE_CONNECTION_DEVICE_ID, m.activeConnectionDeviceId(), 64,
                    "ActiveConnectionDeviceID");
            out.string(Tag.HELD_CONNECTION_DEVICE_ID, m.heldConnectionDeviceId(), 64);
            out.string(Tag.AGENT_INSTRUMENT, m.agentInstrument(), 64);
            out.string(Tag.DIALED_NUMBER, m.dialedNumber(), 40);
            out.byteString(Tag.USER_TO_USER_INFO, m.userToUserInfo(), 131);
            out.callVariables(m.callVariables());
            out.string(Tag.CALL_WRAPUP_DATA, m.callWrapupData(), 40);
            out.namedVariables(m.namedVariables());
            out.namedArrays(m.namedArrays());
            out.string(Tag.FACILITY_CODE, m.facilityCode(), 40);
            out.string(Tag.AUTHORIZATION_CODE, m.authorizationCode(), 40);
            out.string(Tag.ACCOUNT_CODE, m.accountCode(), 40);
        }
    }

    static final class TransferCallConfCodec implements MessageBodyCodec<TransferCallConf> {
        @Override
        public TransferCallConf decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            long newConnectionCallId = in.uint();
            int newConnectionDeviceIdType = in.ushort();
            int numParties = in.ushort();
            int lineHandle = in.ushort();
            int lineType = in.ushort();
            String newConnectionDeviceId = null;
            RepeatedGroup<ConnectedParty> connectedParties = CommonFields.connectedPartyGroup();
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.NEW_CONNECTION_DEVICE_ID -> newConnectionDeviceId = in.string(64);
                    default -> {
                        if (!CommonFields.readConnectedParty(in, connectedParties)) {
                            in.skipUnknownField();
                        }
                    }
                }
            }
            return new TransferCallConf(
                    invokeId, newConnectionCallId, newConnectionDeviceIdType, numParties, lineHandle, lineType,
                    in.require(newConnectionDeviceId, "NewConnectionDeviceID"), connectedParties.entries());
        }

        @Override
        public void encode(TransferCallConf m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.uint(m.newConnectionCallId());
            out.ushort(m.newConnectionDeviceIdType());
            out.ushort(m.numParties());
            out.ushort(m.lineHandle());
            out.ushort(m.lineType());
            out.requiredString(Tag.NEW_CONNECTION_DEVICE_ID, m.newConnectionDeviceId(), 64, "NewConnectionDeviceID");
            CommonFields.writeConnectedParties(m.connectedParties(), out);
        }
    }

    static final class SuperviseCallReqCodec implements MessageBodyCodec<SuperviseCallReq> {
        @Override
        public SuperviseCallReq decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            long peripheralId = in.uint();
            long agentConnectionCallId = in.uint();
            long supervisorConnectionCallId = in.uint();
            int agentConnectionDeviceIdType = in.ushort();
            int supervisorConnectionDeviceIdType = in.ushort();
            int supervisoryAction = in.ushort();
            String agentConnectionDeviceId = null;
            String supervisorConnectionDeviceId = null;
            String agentExtension = null;
            String agentId = null;
            String agentInstrument = null;
            String supervisorInstrument = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.AGENT_CONNECTION_DEVICE_ID -> agentConnectionDeviceId = in.string(64);
                    case Tag.SUPERVISOR_CONNECTION_DEVICE_ID -> supervisorConnectionDeviceId = in.string(64);
                    case Tag.AGENT_EXTENSION -> agentExtension = in.string(16);
                    case Tag.AGENT_ID -> agentId = in.string(12);
                    case Tag.AGENT_INSTRUMENT -> agentInstrument = in.string(64);
                    case Tag.SUPERVISOR_INSTRUMENT -> supervisorInstrument = in.string(64);
                    default -> in.skipUnknownField();
                }
            }
            return new SuperviseCallReq(
                    invokeId, peripheralId, agentConnectionCallId, supervisorConnectionCallId,
                    agentConnectionDeviceIdType, supervisorConnectionDeviceIdType, supervisoryAction,
                    agentConnectionDeviceId, supervisorConnectionDeviceId, agentExtension, agentId, agentInstrument,
                    supervisorInstrument);
        }

        @Override
        public void encode(SuperviseCallReq m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.uint(m.peripheralId());
            out.uint(m.agentConnectionCallId());
            out.uint(m.supervisorConnectionCallId());
            out.ushort(m.agentConnectionDeviceIdType());
            out.ushort(m.supervisorConnectionDeviceIdType());
            out.ushort(m.supervisoryAction());
            out.string(Tag.AGENT_CONNECTION_DEVICE_ID, m.agentConnectionDeviceId(), 64);
            out.string(Tag.SUPERVISOR_CONNECTION_DEVICE_ID, m.supervisorConnectionDeviceId(), 64);
            out.string(Tag.AGENT_EXTENSION, m.agentExtension(), 16);
            out.string(Tag.AGENT_ID, m.agentId(), 12);
            out.string(Tag.AGENT_INSTRUMENT, m.agentInstrument(), 64);
            out.string(Tag.SUPERVISOR_INSTRUMENT, m.supervisorInstrument(), 64);
        }
    }

    static final class SuperviseCallConfCodec implements MessageBodyCodec<SuperviseCallConf> {
        @Override
        public SuperviseCallConf decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            long connectionCallId = in.uint();
            int connectionDeviceIdType = in.ushort();
            String connectionDeviceId = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.CONNECTION_DEVICE_ID -> connectionDeviceId = in.string(64);
                    default -> in.skipUnknownField();
                }
            }
            return new SuperviseCallConf(
                    invokeId, connectionCallId, connectionDeviceIdType,
                    in.require(connectionDeviceId, "ConnectionDeviceID"));
        }

        @Override
        public void encode(SuperviseCallConf m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.uint(m.connectionCallId());
            out.ushort(m.connectionDeviceIdType());
            out.requiredString(Tag.CONNECTION_DEVICE_ID, m.connectionDeviceId(), 64, "ConnectionDeviceID");
        }
    }
}
