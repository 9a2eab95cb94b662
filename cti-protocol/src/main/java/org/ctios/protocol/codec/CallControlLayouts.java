package org.ctios.protocol.codec;

import java.util.List;
import org.ctios.protocol.MessageType;
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

/** Layouts of the call control requests, their confirmations, CONTROL_FAILURE_CONF and supervision. */
final class CallControlLayouts {

    private CallControlLayouts() {
    }

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
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID"));
}
