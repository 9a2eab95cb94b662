package org.ctios.protocol.codec;

import java.util.List;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.message.call.BeginCallEvent;
import org.ctios.protocol.message.call.CallClearedEvent;
import org.ctios.protocol.message.call.CallConferencedEvent;
import org.ctios.protocol.message.call.CallConnectionClearedEvent;
import org.ctios.protocol.message.call.CallDataUpdateEvent;
import org.ctios.protocol.message.call.CallDeliveredEvent;
import org.ctios.protocol.message.call.CallDivertedEvent;
import org.ctios.protocol.message.call.CallEstablishedEvent;
import org.ctios.protocol.message.call.CallFailedEvent;
import org.ctios.protocol.message.call.CallHeldEvent;
import org.ctios.protocol.message.call.CallOriginatedEvent;
import org.ctios.protocol.message.call.CallQueuedEvent;
import org.ctios.protocol.message.call.CallReachedNetworkEvent;
import org.ctios.protocol.message.call.CallRetrievedEvent;
import org.ctios.protocol.message.call.CallServiceInitiatedEvent;
import org.ctios.protocol.message.call.CallTransferredEvent;
import org.ctios.protocol.message.call.CallTranslationRouteEvent;
import org.ctios.protocol.message.call.EndCallEvent;

/** Layouts of the call events, from BEGIN_CALL to END_CALL. */
final class CallEventLayouts {

    static final List<Layout<?>> ALL = List.of(
            Layout.of(MessageType.CALL_DELIVERED_EVENT, CallDeliveredEvent.class)
                    .u32("monitorId").u32("peripheralId").u16("peripheralType").u16("connectionDeviceIdType")
                    .u32("connectionCallId").u16("lineHandle").u16("lineType").u32("serviceNumber").u32("serviceId")
                    .u32("skillGroupNumber").u32("skillGroupId").u16("skillGroupPriority").u16("alertingDeviceType")
                    .u16("callingDeviceType").u16("calledDeviceType").u16("lastRedirectDeviceType")
                    .u16("localConnectionState").u16("eventCause").u16("numNamedVariables").u16("numNamedArrays")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("alertingDeviceId", Tag.ALERTING_DEVICE_ID, 64)
                    .string("callingDeviceId", Tag.CALLING_DEVICE_ID, 64)
                    .string("calledDeviceId", Tag.CALLED_DEVICE_ID, 64)
                    .string("lastRedirectDeviceId", Tag.LAST_REDIRECT_DEVICE_ID, 64)
                    .u32("trunkNumber", Tag.TRUNK_NUMBER).u32("trunkGroupNumber", Tag.TRUNK_GROUP_NUMBER)
                    .u32("secondaryConnectionCallId", Tag.SECONDARY_CONNECTION_CALL_ID).string("ani", Tag.ANI, 40)
                    .string("aniIi", Tag.ANI_II, 2).unspec("userToUserInfo", Tag.USER_TO_USER_INFO, 131)
                    .string("dnis", Tag.DNIS, 32).string("dialedNumber", Tag.DIALED_NUMBER, 40)
                    .string("callerEnteredDigits", Tag.CALLER_ENTERED_DIGITS, 40).callVariables("callVariables")
                    .string("callWrapupData", Tag.CALL_WRAPUP_DATA, 40).namedVariables("namedVariables")
                    .namedArrays("namedArrays"),
            Layout.of(MessageType.CALL_ESTABLISHED_EVENT, CallEstablishedEvent.class)
                    .u32("monitorId").u32("peripheralId").u16("peripheralType").u16("connectionDeviceIdType")
                    .u32("connectionCallId").u16("lineHandle").u16("lineType").u32("serviceNumber").u32("serviceId")
                    .u32("skillGroupNumber").u32("skillGroupId").u16("skillGroupPriority").u16("answeringDeviceType")
                    .u16("callingDeviceType").u16("calledDeviceType").u16("lastRedirectDeviceType")
                    .u16("localConnectionState").u16("eventCause")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("answeringDeviceId", Tag.ANSWERING_DEVICE_ID, 64)
                    .string("callingDeviceId", Tag.CALLING_DEVICE_ID, 64)
                    .string("calledDeviceId", Tag.CALLED_DEVICE_ID, 64)
                    .string("lastRedirectDeviceId", Tag.LAST_REDIRECT_DEVICE_ID, 64)
                    .u32("trunkNumber", Tag.TRUNK_NUMBER).u32("trunkGroupNumber", Tag.TRUNK_GROUP_NUMBER),
            Layout.of(MessageType.CALL_HELD_EVENT, CallHeldEvent.class)
                    .u32("monitorId").u32("peripheralId").u16("peripheralType").u16("connectionDeviceIdType")
                    .u32("connectionCallId").u16("holdingDeviceType").u16("localConnectionState").u16("eventCause")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("holdingDeviceId", Tag.HOLDING_DEVICE_ID, 64),
            Layout.of(MessageType.CALL_RETRIEVED_EVENT, CallRetrievedEvent.class)
                    .u32("monitorId").u32("peripheralId").u16("peripheralType").u16("connectionDeviceIdType")
                    .u32("connectionCallId").u16("retrievingDeviceType").u16("localConnectionState").u16("eventCause")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("retrievingDeviceId", Tag.RETRIEVING_DEVICE_ID, 64),
            Layout.of(MessageType.CALL_CLEARED_EVENT, CallClearedEvent.class)
                    .u32("monitorId").u32("peripheralId").u16("peripheralType").u16("connectionDeviceIdType")
                    .u32("connectionCallId").u16("localConnectionState").u16("eventCause")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID"),
            Layout.of(MessageType.CALL_CONNECTION_CLEARED_EVENT, CallConnectionClearedEvent.class)
                    .u32("monitorId").u32("peripheralId").u16("peripheralType").u16("connectionDeviceIdType")
                    .u32("connectionCallId").u16("releasingDeviceType").u16("localConnectionState").u16("eventCause")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("releasingDeviceId", Tag.RELEASING_DEVICE_ID, 64),
            Layout.of(MessageType.CALL_ORIGINATED_EVENT, CallOriginatedEvent.class)
                    .u32("monitorId").u32("peripheralId").u16("peripheralType").u16("connectionDeviceIdType")
                    .u32("connectionCallId").u16("lineHandle").u16("lineType").u32("serviceNumber").u32("serviceId")
                    .u32("skillGroupNumber").u32("skillGroupId").u16("skillGroupPriority").u16("callingDeviceType")
                    .u16("calledDeviceType").u16("localConnectionState").u16("eventCause")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("callingDeviceId", Tag.CALLING_DEVICE_ID, 64)
                    .string("calledDeviceId", Tag.CALLED_DEVICE_ID, 64),
            Layout.of(MessageType.CALL_FAILED_EVENT, CallFailedEvent.class)
                    .u32("monitorId").u32("peripheralId").u16("peripheralType").u16("connectionDeviceIdType")
                    .u32("connectionCallId").u16("failingDeviceType").u16("calledDeviceType")
                    .u16("localConnectionState").u16("eventCause")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("failingDeviceId", Tag.FAILING_DEVICE_ID, 64)
                    .string("calledDeviceId", Tag.CALLED_DEVICE_ID, 64),
            Layout.of(MessageType.CALL_CONFERENCED_EVENT, CallConferencedEvent.class)
                    .u32("monitorId").u32("peripheralId").u16("peripheralType").u16("primaryDeviceIdType")
                    .u32("primaryCallId").u16("lineHandle").u16("lineType").u32("skillGroupNumber").u32("skillGroupId")
                    .u16("skillGroupPriority").u16("numParties").u16("secondaryDeviceIdType").u32("secondaryCallId")
                    .u16("controllerDeviceType").u16("addedPartyDeviceType").u16("localConnectionState")
                    .u16("eventCause")
                    .string("primaryDeviceId", Tag.PRIMARY_DEVICE_ID, 64).required("PrimaryDeviceID")
                    .string("secondaryDeviceId", Tag.SECONDARY_DEVICE_ID, 64).required("SecondaryDeviceID")
                    .string("controllerDeviceId", Tag.CONTROLLER_DEVICE_ID, 64)
                    .string("addedPartyDeviceId", Tag.ADDED_PARTY_DEVICE_ID, 64)
                    .group("connectedParties", Groups.CONNECTED_PARTY),
            Layout.of(MessageType.CALL_TRANSFERRED_EVENT, CallTransferredEvent.class)
                    .u32("monitorId").u32("peripheralId").u16("peripheralType").u16("primaryDeviceIdType")
                    .u32("primaryCallId").u16("lineHandle").u16("lineType").u32("skillGroupNumber").u32("skillGroupId")
                    .u16("skillGroupPriority").u16("numParties").u16("secondaryDeviceIdType").u32("secondaryCallId")
                    .u16("transferringDeviceType").u16("transferredDeviceType").u16("localConnectionState")
                    .u16("eventCause")
                    .string("primaryDeviceId", Tag.PRIMARY_DEVICE_ID, 64).required("PrimaryDeviceID")
                    .string("secondaryDeviceId", Tag.SECONDARY_DEVICE_ID, 64).required("SecondaryDeviceID")
                    .string("transferringDeviceId", Tag.TRANSFERRING_DEVICE_ID, 64)
                    .string("transferredDeviceId", Tag.TRANSFERRED_DEVICE_ID, 64)
                    .group("connectedParties", Groups.CONNECTED_PARTY),
            // The sheet lists no floating fields: those of the reference sample, in its order.
            Layout.of(MessageType.CALL_DIVERTED_EVENT, CallDivertedEvent.class)
                    .u32("monitorId").u32("peripheralId").u16("peripheralType").u16("connectionDeviceIdType")
                    .u32("connectionCallId").u32("serviceNumber").u32("serviceId").u16("divertingDeviceType")
                    .u16("calledDeviceType").u16("localConnectionState").u16("eventCause")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("divertingDeviceId", Tag.DIVERTING_DEVICE_ID, 64)
                    .string("calledDeviceId", Tag.CALLED_DEVICE_ID, 64),
            // The sheet lists no floating fields: those of the reference sample, in its order.
            Layout.of(MessageType.CALL_SERVICE_INITIATED_EVENT, CallServiceInitiatedEvent.class)
                    .u32("monitorId").u32("peripheralId").u16("peripheralType").u16("connectionDeviceIdType")
                    .u32("connectionCallId").u16("lineHandle").u16("lineType").u32("serviceNumber").u32("serviceId")
                    .u32("skillGroupNumber").u32("skillGroupId").u16("skillGroupPriority").u16("callingDeviceType")
                    .u16("localConnectionState").u16("eventCause")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("callingDeviceId", Tag.CALLING_DEVICE_ID, 64),
            Layout.of(MessageType.CALL_QUEUED_EVENT, CallQueuedEvent.class)
                    .u32("monitorId").u32("peripheralId").u16("peripheralType").u16("connectionDeviceIdType")
                    .u32("connectionCallId").u32("serviceNumber").u32("serviceId").u16("queueDeviceType")
                    .u16("callingDeviceType").u16("calledDeviceType").u16("lastRedirectDeviceType").u16("numQueued")
                    .u16("numSkillGroups").u16("localConnectionState").u16("eventCause")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("queueDeviceId", Tag.QUEUE_DEVICE_ID, 64)
                    .string("callingDeviceId", Tag.CALLING_DEVICE_ID, 64)
                    .string("calledDeviceId", Tag.CALLED_DEVICE_ID, 64)
                    .string("lastRedirectDeviceId", Tag.LAST_REDIRECT_DEVICE_ID, 64)
                    .group("skillGroups", Groups.SKILL_GROUP),
            // The sheet lists no floating fields: those of the reference sample, in its order.
            Layout.of(MessageType.CALL_TRANSLATION_ROUTE_EVENT, CallTranslationRouteEvent.class)
                    .u16("numNamedVariables").u16("numNamedArrays")
                    .string("ani", Tag.ANI, 40).unspec("userToUserInfo", Tag.USER_TO_USER_INFO, 131)
                    .string("dnis", Tag.DNIS, 32).string("dialedNumber", Tag.DIALED_NUMBER, 40)
                    .string("callerEnteredDigits", Tag.CALLER_ENTERED_DIGITS, 40)
                    .u32("routerCallKeyDay", Tag.ROUTER_CALL_KEY_DAY)
                    .u32("routerCallKeyCallId", Tag.ROUTER_CALL_KEY_CALL_ID)
                    .u32("routerCallKeySequenceNumber", Tag.ROUTER_CALL_KEY_SEQUENCE_NUMBER)
                    .callVariables("callVariables").namedVariables("namedVariables").namedArrays("namedArrays"),
            Layout.of(MessageType.BEGIN_CALL_EVENT, BeginCallEvent.class)
                    .u32("monitorId").u32("peripheralId").u16("peripheralType").u16("numCtiClients")
                    .u16("numNamedVariables").u16("numNamedArrays").u16("callType").u16("connectionDeviceIdType")
                    .u32("connectionCallId").u16("calledPartyDisposition")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("ani", Tag.ANI, 40).unspec("userToUserInfo", Tag.USER_TO_USER_INFO, 131)
                    .string("dnis", Tag.DNIS, 32).string("dialedNumber", Tag.DIALED_NUMBER, 40)
                    .string("callerEnteredDigits", Tag.CALLER_ENTERED_DIGITS, 40)
                    .u32("routerCallKeyDay", Tag.ROUTER_CALL_KEY_DAY)
                    .u32("routerCallKeyCallId", Tag.ROUTER_CALL_KEY_CALL_ID)
                    .u32("routerCallKeySequenceNumber", Tag.ROUTER_CALL_KEY_SEQUENCE_NUMBER)
                    .callVariables("callVariables").string("callWrapupData", Tag.CALL_WRAPUP_DATA, 40)
                    .namedVariables("namedVariables").namedArrays("namedArrays").group("ctiClients", Groups.CTI_CLIENT)
                    .unspec("callReferenceId", Tag.CALL_REFERENCE_ID, 32),
            Layout.of(MessageType.END_CALL_EVENT, EndCallEvent.class)
                    .u32("monitorId").u32("peripheralId").u16("peripheralType").u16("connectionDeviceIdType")
                    .u32("connectionCallId")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID"),
            Layout.of(MessageType.CALL_DATA_UPDATE_EVENT, CallDataUpdateEvent.class)
                    .u32("monitorId").u32("peripheralId").u16("peripheralType").u16("numCtiClients")
                    .u16("numNamedVariables").u16("numNamedArrays").u16("callType").u16("connectionDeviceIdType")
                    .u32("connectionCallId").u16("newConnectionDeviceIdType").u32("newConnectionCallId")
                    .u16("calledPartyDisposition").u32("campaignId").u32("queryRuleId")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("newConnectionDeviceId", Tag.NEW_CONNECTION_DEVICE_ID, 64)
                    .required("NewConnectionDeviceID")
                    .string("ani", Tag.ANI, 40).unspec("userToUserInfo", Tag.USER_TO_USER_INFO, 131)
                    .string("dnis", Tag.DNIS, 32).string("dialedNumber", Tag.DIALED_NUMBER, 40)
                    .string("callerEnteredDigits", Tag.CALLER_ENTERED_DIGITS, 40)
                    .u32("routerCallKeyDay", Tag.ROUTER_CALL_KEY_DAY)
                    .u32("routerCallKeyCallId", Tag.ROUTER_CALL_KEY_CALL_ID)
                    .u32("routerCallKeySequenceNumber", Tag.ROUTER_CALL_KEY_SEQUENCE_NUMBER)
                    .callVariables("callVariables").string("callWrapupData", Tag.CALL_WRAPUP_DATA, 40)
                    .namedVariables("namedVariables").namedArrays("namedArrays")
                    .string("customerPhoneNumber", Tag.CUSTOMER_PHONE_NUMBER, 20)
                    .string("customerAccountNumber", Tag.CUSTOMER_ACCOUNT_NUMBER, 32)
                    .group("ctiClients", Groups.CTI_CLIENT).unspec("callReferenceId", Tag.CALL_REFERENCE_ID, 32),
            // The sheet lists no floating fields: those of the reference sample, in its order.
            Layout.of(MessageType.CALL_REACHED_NETWORK_EVENT, CallReachedNetworkEvent.class)
                    .u32("monitorId").u32("peripheralId").u16("peripheralType").u16("connectionDeviceIdType")
                    .u32("connectionCallId").u16("lineHandle").u16("lineType").u16("trunkUsedDeviceType")
                    .u16("calledDeviceType").u16("localConnectionState").u16("eventCause")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("trunkUsedDeviceId", Tag.TRUNK_USED_DEVICE_ID, 64)
                    .string("calledDeviceId", Tag.CALLED_DEVICE_ID, 64).u32("trunkNumber", Tag.TRUNK_NUMBER)
                    .u32("trunkGroupNumber", Tag.TRUNK_GROUP_NUMBER));
}
