package org.ctios.protocol.codec;

import java.util.List;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.message.control.AlternateCallConf;
import org.ctios.protocol.message.control.AlternateCallReq;
import org.ctios.protocol.message.control.AnswerCallConf;
import org.ctios.protocol.message.control.AnswerCallReq;
import org.ctios.protocol.message.control.BadCallConf;
import org.ctios.protocol.message.control.BadCallReq;
import org.ctios.protocol.message.control.ClearCallConf;
import org.ctios.protocol.message.control.ClearCallReq;
import org.ctios.protocol.message.control.ClearConnectionConf;
import org.ctios.protocol.message.control.ClearConnectionReq;
import org.ctios.protocol.message.control.ConferenceCallConf;
import org.ctios.protocol.message.control.ConferenceCallReq;
import org.ctios.protocol.message.control.ConsultationCallConf;
import org.ctios.protocol.message.control.ConsultationCallReq;
import org.ctios.protocol.message.control.ControlFailureConf;
import org.ctios.protocol.message.control.DeflectCallConf;
import org.ctios.protocol.message.control.DeflectCallReq;
import org.ctios.protocol.message.control.HoldCallConf;
import org.ctios.protocol.message.control.HoldCallReq;
import org.ctios.protocol.message.control.MakeCallConf;
import org.ctios.protocol.message.control.MakeCallReq;
import org.ctios.protocol.message.control.ReconnectCallConf;
import org.ctios.protocol.message.control.ReconnectCallReq;
import org.ctios.protocol.message.control.RetrieveCallConf;
import org.ctios.protocol.message.control.RetrieveCallReq;
import org.ctios.protocol.message.control.SendDtmfSignalConf;
import org.ctios.protocol.message.control.SendDtmfSignalReq;
import org.ctios.protocol.message.control.StartRecordingConf;
import org.ctios.protocol.message.control.StartRecordingReq;
import org.ctios.protocol.message.control.StopRecordingConf;
import org.ctios.protocol.message.control.StopRecordingReq;
import org.ctios.protocol.message.control.SuperviseCallConf;
import org.ctios.protocol.message.control.SuperviseCallReq;
import org.ctios.protocol.message.control.TransferCallConf;
import org.ctios.protocol.message.control.TransferCallReq;

/** Layouts of the call control requests, their confirmations, CONTROL_FAILURE_CONF and supervision. */
final class CallControlLayouts {

    static final List<Layout<?>> ALL = List.of(
            Layout.of(MessageType.CONTROL_FAILURE_CONF, ControlFailureConf.class)
                    .u32("invokeId").u16("failureCode").u32("peripheralErrorCode"),
            Layout.of(MessageType.ANSWER_CALL_REQ, AnswerCallReq.class)
                    .u32("invokeId").u32("peripheralId").u32("connectionCallId").u16("connectionDeviceIdType")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64),
            Layout.invokeIdOnly(MessageType.ANSWER_CALL_CONF, AnswerCallConf.class),
            // RequestingDeviceIDType is floating (tag 220, as the tag table and the version 20 codec say): a fixed
            // field could not be optional. Fixed part 14 bytes.
            Layout.of(MessageType.CLEAR_CONNECTION_REQ, ClearConnectionReq.class)
                    .u32("invokeId").u32("peripheralId").u32("connectionCallId").u16("connectionDeviceIdType")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64)
                    .string("requestingDeviceId", Tag.REQUESTING_DEVICE_ID, 64)
                    .u16("requestingDeviceIdType", Tag.REQUESTING_DEVICE_ID_TYPE),
            Layout.invokeIdOnly(MessageType.CLEAR_CONNECTION_CONF, ClearConnectionConf.class),
            Layout.of(MessageType.CONFERENCE_CALL_REQ, ConferenceCallReq.class)
                    .u32("invokeId").u32("peripheralId").u32("heldConnectionCallId").u32("activeConnectionCallId")
                    .u16("heldConnectionDeviceIdType").u16("activeConnectionDeviceIdType").u16("callPlacementType")
                    .u16("callMannerType").u16("alertRings").u16("callOption").u16("facilityType")
                    .u16("answeringMachine").bool("priority").bool("postRoute").u16("numNamedVariables")
                    .u16("numNamedArrays")
                    .string("activeConnectionDeviceId", Tag.ACTIVE_CONNECTION_DEVICE_ID, 64)
                    .required("ActiveConnectionDeviceID")
                    .string("heldConnectionDeviceId", Tag.HELD_CONNECTION_DEVICE_ID, 64)
                    .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64).string("dialedNumber", Tag.DIALED_NUMBER, 40)
                    .unspec("userToUserInfo", Tag.USER_TO_USER_INFO, 131).callVariables("callVariables")
                    .string("callWrapupData", Tag.CALL_WRAPUP_DATA, 40).namedVariables("namedVariables")
                    .namedArrays("namedArrays").string("facilityCode", Tag.FACILITY_CODE, 40)
                    .string("authorizationCode", Tag.AUTHORIZATION_CODE, 40)
                    .string("accountCode", Tag.ACCOUNT_CODE, 40),
            Layout.of(MessageType.CONFERENCE_CALL_CONF, ConferenceCallConf.class)
                    .u32("invokeId").u32("newConnectionCallId").u16("newConnectionDeviceIdType").u16("numParties")
                    .u16("lineHandle").u16("lineType")
                    .string("newConnectionDeviceId", Tag.NEW_CONNECTION_DEVICE_ID, 64)
                    .required("NewConnectionDeviceID")
                    .group("connectedParties", Groups.CONNECTED_PARTY),
            Layout.of(MessageType.CONSULTATION_CALL_REQ, ConsultationCallReq.class)
                    .u32("invokeId").u32("peripheralId").u32("activeConnectionCallId")
                    .u16("activeConnectionDeviceIdType").u16("callPlacementType").u16("callMannerType")
                    .u16("consultType").u16("alertRings").u16("callOption").u16("facilityType").u16("answeringMachine")
                    .bool("priority").bool("postRoute").u16("numNamedVariables").u16("numNamedArrays")
                    .string("activeConnectionDeviceId", Tag.ACTIVE_CONNECTION_DEVICE_ID, 64)
                    .required("ActiveConnectionDeviceID")
                    .string("dialedNumber", Tag.DIALED_NUMBER, 40).required("DialedNumber")
                    .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64)
                    .unspec("userToUserInfo", Tag.USER_TO_USER_INFO, 131).callVariables("callVariables")
                    .string("callWrapupData", Tag.CALL_WRAPUP_DATA, 40).namedVariables("namedVariables")
                    .namedArrays("namedArrays").string("facilityCode", Tag.FACILITY_CODE, 40)
                    .string("authorizationCode", Tag.AUTHORIZATION_CODE, 40)
                    .string("accountCode", Tag.ACCOUNT_CODE, 40),
            Layout.of(MessageType.CONSULTATION_CALL_CONF, ConsultationCallConf.class)
                    .u32("invokeId").u32("newConnectionCallId").u16("newConnectionDeviceIdType").u16("lineHandle")
                    .u16("lineType")
                    .string("newConnectionDeviceId", Tag.NEW_CONNECTION_DEVICE_ID, 64)
                    .required("NewConnectionDeviceID"),
            Layout.of(MessageType.HOLD_CALL_REQ, HoldCallReq.class)
                    .u32("invokeId").u32("peripheralId").u32("connectionCallId").u16("connectionDeviceIdType")
                    .bool("reservation")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64),
            Layout.invokeIdOnly(MessageType.HOLD_CALL_CONF, HoldCallConf.class),
            Layout.of(MessageType.MAKE_CALL_REQ, MakeCallReq.class)
                    .u32("invokeId").u32("peripheralId").u16("callPlacementType").u16("callMannerType")
                    .u16("alertRings").u16("callOption").u16("facilityType").u16("answeringMachine").bool("priority")
                    .bool("postRoute").u16("numNamedVariables").u16("numNamedArrays").u32("skillGroupNumber")
                    .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64).required("AgentInstrument")
                    .string("dialedNumber", Tag.DIALED_NUMBER, 40).required("DialedNumber")
                    .unspec("userToUserInfo", Tag.USER_TO_USER_INFO, 131).callVariables("callVariables")
                    .string("callWrapupData", Tag.CALL_WRAPUP_DATA, 40).namedVariables("namedVariables")
                    .namedArrays("namedArrays").string("facilityCode", Tag.FACILITY_CODE, 40)
                    .string("authorizationCode", Tag.AUTHORIZATION_CODE, 40)
                    .string("accountCode", Tag.ACCOUNT_CODE, 40).string("callControlTable", Tag.CALL_CONTROL_TABLE, 4),
            Layout.of(MessageType.MAKE_CALL_CONF, MakeCallConf.class)
                    .u32("invokeId").u32("newConnectionCallId").u16("newConnectionDeviceIdType").u16("lineHandle")
                    .u16("lineType")
                    .string("newConnectionDeviceId", Tag.NEW_CONNECTION_DEVICE_ID, 64)
                    .required("NewConnectionDeviceID"),
            Layout.of(MessageType.RETRIEVE_CALL_REQ, RetrieveCallReq.class)
                    .u32("invokeId").u32("peripheralId").u32("heldConnectionCallId").u16("heldConnectionDeviceIdType")
                    .string("heldConnectionDeviceId", Tag.HELD_CONNECTION_DEVICE_ID, 64)
                    .required("HeldConnectionDeviceID")
                    .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64),
            Layout.invokeIdOnly(MessageType.RETRIEVE_CALL_CONF, RetrieveCallConf.class),
            Layout.of(MessageType.TRANSFER_CALL_REQ, TransferCallReq.class)
                    .u32("invokeId").u32("peripheralId").u32("activeConnectionCallId").u32("heldConnectionCallId")
                    .u16("activeConnectionDeviceIdType").u16("heldConnectionDeviceIdType").u16("callPlacementType")
                    .u16("callMannerType").u16("alertRings").u16("callOption").u16("facilityType")
                    .u16("answeringMachine").bool("priority").bool("postRoute").u16("numNamedVariables")
                    .u16("numNamedArrays")
                    .string("activeConnectionDeviceId", Tag.ACTIVE_CONNECTION_DEVICE_ID, 64)
                    .required("ActiveConnectionDeviceID")
                    .string("heldConnectionDeviceId", Tag.HELD_CONNECTION_DEVICE_ID, 64)
                    .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64).string("dialedNumber", Tag.DIALED_NUMBER, 40)
                    .unspec("userToUserInfo", Tag.USER_TO_USER_INFO, 131).callVariables("callVariables")
                    .string("callWrapupData", Tag.CALL_WRAPUP_DATA, 40).namedVariables("namedVariables")
                    .namedArrays("namedArrays").string("facilityCode", Tag.FACILITY_CODE, 40)
                    .string("authorizationCode", Tag.AUTHORIZATION_CODE, 40)
                    .string("accountCode", Tag.ACCOUNT_CODE, 40),
            Layout.of(MessageType.TRANSFER_CALL_CONF, TransferCallConf.class)
                    .u32("invokeId").u32("newConnectionCallId").u16("newConnectionDeviceIdType").u16("numParties")
                    .u16("lineHandle").u16("lineType")
                    .string("newConnectionDeviceId", Tag.NEW_CONNECTION_DEVICE_ID, 64)
                    .required("NewConnectionDeviceID")
                    .group("connectedParties", Groups.CONNECTED_PARTY),
            Layout.of(MessageType.SUPERVISE_CALL_REQ, SuperviseCallReq.class)
                    .u32("invokeId").u32("peripheralId").u32("agentConnectionCallId").u32("supervisorConnectionCallId")
                    .u16("agentConnectionDeviceIdType").u16("supervisorConnectionDeviceIdType")
                    .u16("supervisoryAction")
                    .string("agentConnectionDeviceId", Tag.AGENT_CONNECTION_DEVICE_ID, 64)
                    .string("supervisorConnectionDeviceId", Tag.SUPERVISOR_CONNECTION_DEVICE_ID, 64)
                    .string("agentExtension", Tag.AGENT_EXTENSION, 16).string("agentId", Tag.AGENT_ID, 12)
                    .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64)
                    .string("supervisorInstrument", Tag.SUPERVISOR_INSTRUMENT, 64),
            Layout.of(MessageType.SUPERVISE_CALL_CONF, SuperviseCallConf.class)
                    .u32("invokeId").u32("connectionCallId").u16("connectionDeviceIdType")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID"),
            Layout.of(MessageType.ALTERNATE_CALL_REQ, AlternateCallReq.class)
                    .u32("invokeId").u32("peripheralId").u32("activeConnectionCallId").u32("otherConnectionCallId")
                    .u16("activeConnectionDeviceIdType").u16("otherConnectionDeviceIdType")
                    .string("activeConnectionDeviceId", Tag.ACTIVE_CONNECTION_DEVICE_ID, 64)
                    .required("ActiveConnectionDeviceID")
                    .string("otherConnectionDeviceId", Tag.OTHER_CONNECTION_DEVICE_ID, 64)
                    .required("OtherConnectionDeviceID").string("agentInstrument", Tag.AGENT_INSTRUMENT, 64),
            Layout.invokeIdOnly(MessageType.ALTERNATE_CALL_CONF, AlternateCallConf.class),
            Layout.of(MessageType.RECONNECT_CALL_REQ, ReconnectCallReq.class)
                    .u32("invokeId").u32("peripheralId").u32("activeConnectionCallId").u32("heldConnectionCallId")
                    .u16("activeConnectionDeviceIdType").u16("heldConnectionDeviceIdType")
                    .string("activeConnectionDeviceId", Tag.ACTIVE_CONNECTION_DEVICE_ID, 64)
                    .required("ActiveConnectionDeviceID")
                    .string("heldConnectionDeviceId", Tag.HELD_CONNECTION_DEVICE_ID, 64)
                    .required("HeldConnectionDeviceID").string("agentInstrument", Tag.AGENT_INSTRUMENT, 64),
            Layout.invokeIdOnly(MessageType.RECONNECT_CALL_CONF, ReconnectCallConf.class),
            Layout.of(MessageType.CLEAR_CALL_REQ, ClearCallReq.class)
                    .u32("invokeId").u32("peripheralId").u32("connectionCallId").u16("connectionDeviceIdType")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64),
            Layout.invokeIdOnly(MessageType.CLEAR_CALL_CONF, ClearCallConf.class),
            Layout.of(MessageType.DEFLECT_CALL_REQ, DeflectCallReq.class)
                    .u32("invokeId").u32("peripheralId").u32("connectionCallId").u16("connectionDeviceIdType")
                    .u16("calledDeviceType")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("calledDeviceId", Tag.CALLED_DEVICE_ID, 64).required("CalledDeviceID")
                    .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64),
            Layout.invokeIdOnly(MessageType.DEFLECT_CALL_CONF, DeflectCallConf.class),
            Layout.of(MessageType.SEND_DTMF_SIGNAL_REQ, SendDtmfSignalReq.class)
                    .u32("invokeId").u32("peripheralId").u32("connectionCallId").u16("connectionDeviceIdType")
                    .u16("toneDuration").u32("pauseDuration")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("dtmfString", Tag.DTMF_STRING, 32).required("DTMFString")
                    .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64),
            Layout.invokeIdOnly(MessageType.SEND_DTMF_SIGNAL_CONF, SendDtmfSignalConf.class),
            Layout.of(MessageType.START_RECORDING_REQ, StartRecordingReq.class)
                    .u32("invokeId").u32("peripheralId").u32("connectionCallId").u32("clientPort").u32("bitRate")
                    .u32("packetSize").u16("connectionDeviceIdType").u16("direction").u16("rtpType")
                    .u16("echoCancellation").u16("payloadType")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("clientId", Tag.CLIENT_ID, 64).string("clientAddress", Tag.CLIENT_ADDRESS, 64)
                    .string("agentExtension", Tag.AGENT_EXTENSION, 16).string("agentId", Tag.AGENT_ID, 12)
                    .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64),
            Layout.of(MessageType.START_RECORDING_CONF, StartRecordingConf.class)
                    .u32("invokeId").u32("sessionId").u32("serverData").string("clientId", Tag.CLIENT_ID, 64)
                    .string("clientAddress", Tag.CLIENT_ADDRESS, 64),
            Layout.of(MessageType.STOP_RECORDING_REQ, StopRecordingReq.class)
                    .u32("invokeId").u32("peripheralId").u32("connectionCallId").u32("clientPort").u32("sessionId")
                    .u32("serverData").u16("connectionDeviceIdType").u16("direction")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("clientId", Tag.CLIENT_ID, 64).string("clientAddress", Tag.CLIENT_ADDRESS, 64)
                    .string("agentExtension", Tag.AGENT_EXTENSION, 16).string("agentId", Tag.AGENT_ID, 12)
                    .string("agentInstrument", Tag.AGENT_INSTRUMENT, 64),
            Layout.of(MessageType.STOP_RECORDING_CONF, StopRecordingConf.class)
                    .u32("invokeId").string("clientId", Tag.CLIENT_ID, 64)
                    .string("clientAddress", Tag.CLIENT_ADDRESS, 64),
            // ConnectionDeviceIDType before ConnectionCallID, as version 25 prints it (version 9 swaps them).
            Layout.of(MessageType.BAD_CALL_REQ, BadCallReq.class)
                    .u32("invokeId").u32("peripheralId").u16("connectionDeviceIdType").u32("connectionCallId")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("agentId", Tag.AGENT_ID, 12),
            Layout.invokeIdOnly(MessageType.BAD_CALL_CONF, BadCallConf.class));
}
