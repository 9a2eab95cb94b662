package org.ctios.protocol.codec;

import java.util.ArrayList;
import java.util.List;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolException;
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
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.ConnectedParty;
import org.ctios.protocol.types.CtiClientEntry;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.protocol.types.SkillGroupEntry;

/** Codecs of the call events, from BEGIN_CALL to END_CALL. */
final class CallEventCodecs {

    private CallEventCodecs() {
    }

    static void register(CodecTable.Registrar table) {
        table.put(MessageType.CALL_DELIVERED_EVENT, new CallDeliveredEventCodec());
        table.put(MessageType.CALL_ESTABLISHED_EVENT, new CallEstablishedEventCodec());
        table.put(MessageType.CALL_HELD_EVENT, new CallHeldEventCodec());
        table.put(MessageType.CALL_RETRIEVED_EVENT, new CallRetrievedEventCodec());
        table.put(MessageType.CALL_CLEARED_EVENT, new CallClearedEventCodec());
        table.put(MessageType.CALL_CONNECTION_CLEARED_EVENT, new CallConnectionClearedEventCodec());
        table.put(MessageType.CALL_ORIGINATED_EVENT, new CallOriginatedEventCodec());
        table.put(MessageType.CALL_FAILED_EVENT, new CallFailedEventCodec());
        table.put(MessageType.CALL_CONFERENCED_EVENT, new CallConferencedEventCodec());
        table.put(MessageType.CALL_TRANSFERRED_EVENT, new CallTransferredEventCodec());
        table.put(MessageType.CALL_DIVERTED_EVENT, new CallDivertedEventCodec());
        table.put(MessageType.CALL_SERVICE_INITIATED_EVENT, new CallServiceInitiatedEventCodec());
        table.put(MessageType.CALL_QUEUED_EVENT, new CallQueuedEventCodec());
        table.put(MessageType.CALL_TRANSLATION_ROUTE_EVENT, new CallTranslationRouteEventCodec());
        table.put(MessageType.BEGIN_CALL_EVENT, new BeginCallEventCodec());
        table.put(MessageType.END_CALL_EVENT, new EndCallEventCodec());
        table.put(MessageType.CALL_DATA_UPDATE_EVENT, new CallDataUpdateEventCodec());
        table.put(MessageType.CALL_REACHED_NETWORK_EVENT, new CallReachedNetworkEventCodec());
    }

    static final class CallDeliveredEventCodec implements MessageBodyCodec<CallDeliveredEvent> {
        @Override
        public CallDeliveredEvent decode(BodyReader in) throws ProtocolException {
            long monitorId = in.uint();
            long peripheralId = in.uint();
            int peripheralType = in.ushort();
            int connectionDeviceIdType = in.ushort();
            long connectionCallId = in.uint();
            int lineHandle = in.ushort();
            int lineType = in.ushort();
            long serviceNumber = in.uint();
            long serviceId = in.uint();
            long skillGroupNumber = in.uint();
            long skillGroupId = in.uint();
            int skillGroupPriority = in.ushort();
            int alertingDeviceType = in.ushort();
            int callingDeviceType = in.ushort();
            int calledDeviceType = in.ushort();
            int lastRedirectDeviceType = in.ushort();
            int localConnectionState = in.ushort();
            int eventCause = in.ushort();
            int numNamedVariables = in.ushort();
            int numNamedArrays = in.ushort();
            String connectionDeviceId = null;
            String alertingDeviceId = null;
            String callingDeviceId = null;
            String calledDeviceId = null;
            String lastRedirectDeviceId = null;
            Long trunkNumber = null;
            Long trunkGroupNumber = null;
            Long secondaryConnectionCallId = null;
            String ani = null;
            String aniIi = null;
            ByteString userToUserInfo = null;
            String dnis = null;
            String dialedNumber = null;
            String callerEnteredDigits = null;
            String[] callVariables = CommonFields.callVariableSlots();
            String callWrapupData = null;
            List<NamedVariable> namedVariables = new ArrayList<>();
            List<NamedArray> namedArrays = new ArrayList<>();
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.CONNECTION_DEVICE_ID -> connectionDeviceId = in.string(64);
                    case Tag.ALERTING_DEVICE_ID -> alertingDeviceId = in.string(64);
                    case Tag.CALLING_DEVICE_ID -> callingDeviceId = in.string(64);
                    case Tag.CALLED_DEVICE_ID -> calledDeviceId = in.string(64);
                    case Tag.LAST_REDIRECT_DEVICE_ID -> lastRedirectDeviceId = in.string(64);
                    case Tag.TRUNK_NUMBER -> trunkNumber = in.uintField();
                    case Tag.TRUNK_GROUP_NUMBER -> trunkGroupNumber = in.uintField();
                    case Tag.SECONDARY_CONNECTION_CALL_ID -> secondaryConnectionCallId = in.uintField();
                    case Tag.ANI -> ani = in.string(40);
                    case Tag.ANI_II -> aniIi = in.string(2);
                    case Tag.USER_TO_USER_INFO -> userToUserInfo = in.byteString(131);
                    case Tag.DNIS -> dnis = in.string(32);
                    case Tag.DIALED_NUMBER -> dialedNumber = in.string(40);
                    case Tag.CALLER_ENTERED_DIGITS -> callerEnteredDigits = in.string(40);
                    case Tag.CALL_WRAPUP_DATA -> callWrapupData = in.string(40);
                    case Tag.NAMED_VARIABLE -> namedVariables.add(in.namedVariable());
                    case Tag.NAMED_ARRAY -> namedArrays.add(in.namedArray());
                    default -> {
                        if (!CommonFields.readCallVariable(in, callVariables)) {
                            in.skipUnknownField();
                        }
                    }
                }
            }
            return new CallDeliveredEvent(
                    monitorId, peripheralId, peripheralType, connectionDeviceIdType, connectionCallId, lineHandle,
                    lineType, serviceNumber, serviceId, skillGroupNumber, skillGroupId, skillGroupPriority,
                    alertingDeviceType, callingDeviceType, calledDeviceType, lastRedirectDeviceType,
                    localConnectionState, eventCause, numNamedVariables, numNamedArrays,
                    in.require(connectionDeviceId, "ConnectionDeviceID"), alertingDeviceId, callingDeviceId,
                    calledDeviceId, lastRedirectDeviceId, trunkNumber, trunkGroupNumber, secondaryConnectionCallId,
                    ani, aniIi, userToUserInfo, dnis, dialedNumber, callerEnteredDigits,
                    CommonFields.callVariables(callVariables), callWrapupData, namedVariables, namedArrays);
        }

        @Override
        public void encode(CallDeliveredEvent m, BodyWriter out) throws ProtocolException {
            out.uint(m.monitorId());
            out.uint(m.peripheralId());
            out.ushort(m.peripheralType());
            out.ushort(m.connectionDeviceIdType());
            out.uint(m.connectionCallId());
            out.ushort(m.lineHandle());
            out.ushort(m.lineType());
            out.uint(m.serviceNumber());
            out.uint(m.serviceId());
            out.uint(m.skillGroupNumber());
            out.uint(m.skillGroupId());
            out.ushort(m.skillGroupPriority());
            out.ushort(m.alertingDeviceType());
            out.ushort(m.callingDeviceType());
            out.ushort(m.calledDeviceType());
            out.ushort(m.lastRedirectDeviceType());
            out.ushort(m.localConnectionState());
            out.ushort(m.eventCause());
            out.ushort(m.numNamedVariables());
            out.ushort(m.numNamedArrays());
            out.requiredString(Tag.CONNECTION_DEVICE_ID, m.connectionDeviceId(), 64, "ConnectionDeviceID");
            out.string(Tag.ALERTING_DEVICE_ID, m.alertingDeviceId(), 64);
            out.string(Tag.CALLING_DEVICE_ID, m.callingDeviceId(), 64);
            out.string(Tag.CALLED_DEVICE_ID, m.calledDeviceId(), 64);
            out.string(Tag.LAST_REDIRECT_DEVICE_ID, m.lastRedirectDeviceId(), 64);
            out.uintField(Tag.TRUNK_NUMBER, m.trunkNumber());
            out.uintField(Tag.TRUNK_GROUP_NUMBER, m.trunkGroupNumber());
            out.uintField(Tag.SECONDARY_CONNECTION_CALL_ID, m.secondaryConnectionCallId());
            out.string(Tag.ANI, m.ani(), 40);
            out.string(Tag.ANI_II, m.aniIi(), 2);
            out.byteString(Tag.USER_TO_USER_INFO, m.userToUserInfo(), 131);
            out.string(Tag.DNIS, m.dnis(), 32);
            out.string(Tag.DIALED_NUMBER, m.dialedNumber(), 40);
            out.string(Tag.CALLER_ENTERED_DIGITS, m.callerEnteredDigits(), 40);
            out.callVariables(m.callVariables());
            out.string(Tag.CALL_WRAPUP_DATA, m.callWrapupData(), 40);
            out.namedVariables(m.namedVariables());
            out.namedArrays(m.namedArrays());
        }
    }

    static final class CallEstablishedEventCodec implements MessageBodyCodec<CallEstablishedEvent> {
        @Override
        public CallEstablishedEvent decode(BodyReader in) throws ProtocolException {
            long monitorId = in.uint();
            long peripheralId = in.uint();
            int peripheralType = in.ushort();
            int connectionDeviceIdType = in.ushort();
            long connectionCallId = in.uint();
            int lineHandle = in.ushort();
            int lineType = in.ushort();
            long serviceNumber = in.uint();
            long serviceId = in.uint();
            long skillGroupNumber = in.uint();
            long skillGroupId = in.uint();
            int skillGroupPriority = in.ushort();
            int answeringDeviceType = in.ushort();
            int callingDeviceType = in.ushort();
            int calledDeviceType = in.ushort();
            int lastRedirectDeviceType = in.ushort();
            int localConnectionState = in.ushort();
            int eventCause = in.ushort();
            String connectionDeviceId = null;
            String answeringDeviceId = null;
            String callingDeviceId = null;
            String calledDeviceId = null;
            String lastRedirectDeviceId = null;
            Long trunkNumber = null;
            Long trunkGroupNumber = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.CONNECTION_DEVICE_ID -> connectionDeviceId = in.string(64);
                    case Tag.ANSWERING_DEVICE_ID -> answeringDeviceId = in.string(64);
                    case Tag.CALLING_DEVICE_ID -> callingDeviceId = in.string(64);
                    case Tag.CALLED_DEVICE_ID -> calledDeviceId = in.string(64);
                    case Tag.LAST_REDIRECT_DEVICE_ID -> lastRedirectDeviceId = in.string(64);
                    case Tag.TRUNK_NUMBER -> trunkNumber = in.uintField();
                    case Tag.TRUNK_GROUP_NUMBER -> trunkGroupNumber = in.uintField();
                    default -> in.skipUnknownField();
                }
            }
            return new CallEstablishedEvent(
                    monitorId, peripheralId, peripheralType, connectionDeviceIdType, connectionCallId, lineHandle,
                    lineType, serviceNumber, serviceId, skillGroupNumber, skillGroupId, skillGroupPriority,
                    answeringDeviceType, callingDeviceType, calledDeviceType, lastRedirectDeviceType,
                    localConnectionState, eventCause, in.require(connectionDeviceId, "ConnectionDeviceID"),
                    answeringDeviceId, callingDeviceId, calledDeviceId, lastRedirectDeviceId, trunkNumber,
                    trunkGroupNumber);
        }

        @Override
        public void encode(CallEstablishedEvent m, BodyWriter out) throws ProtocolException {
            out.uint(m.monitorId());
            out.uint(m.peripheralId());
            out.ushort(m.peripheralType());
            out.ushort(m.connectionDeviceIdType());
            out.uint(m.connectionCallId());
            out.ushort(m.lineHandle());
            out.ushort(m.lineType());
            out.uint(m.serviceNumber());
            out.uint(m.serviceId());
            out.uint(m.skillGroupNumber());
            out.uint(m.skillGroupId());
            out.ushort(m.skillGroupPriority());
            out.ushort(m.answeringDeviceType());
            out.ushort(m.callingDeviceType());
            out.ushort(m.calledDeviceType());
            out.ushort(m.lastRedirectDeviceType());
            out.ushort(m.localConnectionState());
            out.ushort(m.eventCause());
            out.requiredString(Tag.CONNECTION_DEVICE_ID, m.connectionDeviceId(), 64, "ConnectionDeviceID");
            out.string(Tag.ANSWERING_DEVICE_ID, m.answeringDeviceId(), 64);
            out.string(Tag.CALLING_DEVICE_ID, m.callingDeviceId(), 64);
            out.string(Tag.CALLED_DEVICE_ID, m.calledDeviceId(), 64);
            out.string(Tag.LAST_REDIRECT_DEVICE_ID, m.lastRedirectDeviceId(), 64);
            out.uintField(Tag.TRUNK_NUMBER, m.trunkNumber());
            out.uintField(Tag.TRUNK_GROUP_NUMBER, m.trunkGroupNumber());
        }
    }

    static final class CallHeldEventCodec implements MessageBodyCodec<CallHeldEvent> {
        @Override
        public CallHeldEvent decode(BodyReader in) throws ProtocolException {
            long monitorId = in.uint();
            long peripheralId = in.uint();
            int peripheralType = in.ushort();
            int connectionDeviceIdType = in.ushort();
            long connectionCallId = in.uint();
            int holdingDeviceType = in.ushort();
            int localConnectionState = in.ushort();
            int eventCause = in.ushort();
            String connectionDeviceId = null;
            String holdingDeviceId = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.CONNECTION_DEVICE_ID -> connectionDeviceId = in.string(64);
                    case Tag.HOLDING_DEVICE_ID -> holdingDeviceId = in.string(64);
                    default -> in.skipUnknownField();
                }
            }
            return new CallHeldEvent(
                    monitorId, peripheralId, peripheralType, connectionDeviceIdType, connectionCallId,
                    holdingDeviceType, localConnectionState, eventCause,
                    in.require(connectionDeviceId, "ConnectionDeviceID"), holdingDeviceId);
        }

        @Override
        public void encode(CallHeldEvent m, BodyWriter out) throws ProtocolException {
            out.uint(m.monitorId());
            out.uint(m.peripheralId());
            out.ushort(m.peripheralType());
            out.ushort(m.connectionDeviceIdType());
            out.uint(m.connectionCallId());
            out.ushort(m.holdingDeviceType());
            out.ushort(m.localConnectionState());
            out.ushort(m.eventCause());
            out.requiredString(Tag.CONNECTION_DEVICE_ID, m.connectionDeviceId(), 64, "ConnectionDeviceID");
            out.string(Tag.HOLDING_DEVICE_ID, m.holdingDeviceId(), 64);
        }
    }

    static final class CallRetrievedEventCodec implements MessageBodyCodec<CallRetrievedEvent> {
        @Override
        public CallRetrievedEvent decode(BodyReader in) throws ProtocolException {
            long monitorId = in.uint();
            long peripheralId = in.uint();
            int peripheralType = in.ushort();
            int connectionDeviceIdType = in.ushort();
            long connectionCallId = in.uint();
            int retrievingDeviceType = in.ushort();
            int localConnectionState = in.ushort();
            int eventCause = in.ushort();
            String connectionDeviceId = null;
            String retrievingDeviceId = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.CONNECTION_DEVICE_ID -> connectionDeviceId = in.string(64);
                    case Tag.RETRIEVING_DEVICE_ID -> retrievingDeviceId = in.string(64);
                    default -> in.skipUnknownField();
                }
            }
            return new CallRetrievedEvent(
                    monitorId, peripheralId, peripheralType, connectionDeviceIdType, connectionCallId,
                    retrievingDeviceType, localConnectionState, eventCause,
                    in.require(connectionDeviceId, "ConnectionDeviceID"), retrievingDeviceId);
        }

        @Override
        public void encode(CallRetrievedEvent m, BodyWriter out) throws ProtocolException {
            out.uint(m.monitorId());
            out.uint(m.peripheralId());
            out.ushort(m.peripheralType());
            out.ushort(m.connectionDeviceIdType());
            out.uint(m.connectionCallId());
            out.ushort(m.retrievingDeviceType());
            out.ushort(m.localConnectionState());
            out.ushort(m.eventCause());
            out.requiredString(Tag.CONNECTION_DEVICE_ID, m.connectionDeviceId(), 64, "ConnectionDeviceID");
            out.string(Tag.RETRIEVING_DEVICE_ID, m.retrievingDeviceId(), 64);
        }
    }

    static final class CallClearedEventCodec implements MessageBodyCodec<CallClearedEvent> {
        @Override
        public CallClearedEvent decode(BodyReader in) throws ProtocolException {
            long monitorId = in.uint();
            long peripheralId = in.uint();
            int peripheralType = in.ushort();
            int connectionDeviceIdType = in.ushort();
            long connectionCallId = in.uint();
            int localConnectionState = in.ushort();
            int eventCause = in.ushort();
            String connectionDeviceId = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.CONNECTION_DEVICE_ID -> connectionDeviceId = in.string(64);
                    default -> in.skipUnknownField();
                }
            }
            return new CallClearedEvent(
                    monitorId, peripheralId, peripheralType, connectionDeviceIdType, connectionCallId,
                    localConnectionState, eventCause, in.require(connectionDeviceId, "ConnectionDeviceID"));
        }

        @Override
        public void encode(CallClearedEvent m, BodyWriter out) throws ProtocolException {
            out.uint(m.monitorId());
            out.uint(m.peripheralId());
            out.ushort(m.peripheralType());
            out.ushort(m.connectionDeviceIdType());
            out.uint(m.connectionCallId());
            out.ushort(m.localConnectionState());
            out.ushort(m.eventCause());
            out.requiredString(Tag.CONNECTION_DEVICE_ID, m.connectionDeviceId(), 64, "ConnectionDeviceID");
        }
    }

    static final class CallConnectionClearedEventCodec implements MessageBodyCodec<CallConnectionClearedEvent> {
        @Override
        public CallConnectionClearedEvent decode(BodyReader in) throws ProtocolException {
            long monitorId = in.uint();
            long peripheralId = in.uint();
            int peripheralType = in.ushort();
            int connectionDeviceIdType = in.ushort();
            long connectionCallId = in.uint();
            int releasingDeviceType = in.ushort();
            int localConnectionState = in.ushort();
            int eventCause = in.ushort();
            String connectionDeviceId = null;
            String releasingDeviceId = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.CONNECTION_DEVICE_ID -> connectionDeviceId = in.string(64);
                    case Tag.RELEASING_DEVICE_ID -> releasingDeviceId = in.string(64);
                    default -> in.skipUnknownField();
                }
            }
            return new CallConnectionClearedEvent(
                    monitorId, peripheralId, peripheralType, connectionDeviceIdType, connectionCallId,
                    releasingDeviceType, localConnectionState, eventCause,
                    in.require(connectionDeviceId, "ConnectionDeviceID"), releasingDeviceId);
        }

        @Override
        public void encode(CallConnectionClearedEvent m, BodyWriter out) throws ProtocolException {
            out.uint(m.monitorId());
            out.uint(m.peripheralId());
            out.ushort(m.peripheralType());
            out.ushort(m.connectionDeviceIdType());
            out.uint(m.connectionCallId());
            out.ushort(m.releasingDeviceType());
            out.ushort(m.localConnectionState());
            out.ushort(m.eventCause());
            out.requiredString(Tag.CONNECTION_DEVICE_ID, m.connectionDeviceId(), 64, "ConnectionDeviceID");
            out.string(Tag.RELEASING_DEVICE_ID, m.releasingDeviceId(), 64);
        }
    }

    static final class CallOriginatedEventCodec implements MessageBodyCodec<CallOriginatedEvent> {
        @Override
        public CallOriginatedEvent decode(BodyReader in) throws ProtocolException {
            long monitorId = in.uint();
            long peripheralId = in.uint();
            int peripheralType = in.ushort();
            int connectionDeviceIdType = in.ushort();
            long connectionCallId = in.uint();
            int lineHandle = in.ushort();
            int lineType = in.ushort();
            long serviceNumber = in.uint();
            long serviceId = in.uint();
            long skillGroupNumber = in.uint();
            long skillGroupId = in.uint();
            int skillGroupPriority = in.ushort();
            int callingDeviceType = in.ushort();
            int calledDeviceType = in.ushort();
            int localConnectionState = in.ushort();
            int eventCause = in.ushort();
            String connectionDeviceId = null;
            String callingDeviceId = null;
            String calledDeviceId = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.CONNECTION_DEVICE_ID -> connectionDeviceId = in.string(64);
                    case Tag.CALLING_DEVICE_ID -> callingDeviceId = in.string(64);
                    case Tag.CALLED_DEVICE_ID -> calledDeviceId = in.string(64);
                    default -> in.skipUnknownField();
                }
            }
            return new CallOriginatedEvent(
                    monitorId, peripheralId, peripheralType, connectionDeviceIdType, connectionCallId, lineHandle,
                    lineType, serviceNumber, serviceId, skillGroupNumber, skillGroupId, skillGroupPriority,
                    callingDeviceType, calledDeviceType, localConnectionState, eventCause,
                    in.require(connectionDeviceId, "ConnectionDeviceID"), callingDeviceId, calledDeviceId);
        }

        @Override
        public void encode(CallOriginatedEvent m, BodyWriter out) throws ProtocolException {
            out.uint(m.monitorId());
            out.uint(m.peripheralId());
            out.ushort(m.peripheralType());
            out.ushort(m.connectionDeviceIdType());
            out.uint(m.connectionCallId());
            out.ushort(m.lineHandle());
            out.ushort(m.lineType());
            out.uint(m.serviceNumber());
            out.uint(m.serviceId());
            out.uint(m.skillGroupNumber());
            out.uint(m.skillGroupId());
            out.ushort(m.skillGroupPriority());
            out.ushort(m.callingDeviceType());
            out.ushort(m.calledDeviceType());
            out.ushort(m.localConnectionState());
            out.ushort(m.eventCause());
            out.requiredString(Tag.CONNECTION_DEVICE_ID, m.connectionDeviceId(), 64, "ConnectionDeviceID");
            out.string(Tag.CALLING_DEVICE_ID, m.callingDeviceId(), 64);
            out.string(Tag.CALLED_DEVICE_ID, m.calledDeviceId(), 64);
        }
    }

    static final class CallFailedEventCodec implements MessageBodyCodec<CallFailedEvent> {
        @Override
        public CallFailedEvent decode(BodyReader in) throws ProtocolException {
            long monitorId = in.uint();
            long peripheralId = in.uint();
            int peripheralType = in.ushort();
            int connectionDeviceIdType = in.ushort();
            long connectionCallId = in.uint();
            int failingDeviceType = in.ushort();
            int calledDeviceType = in.ushort();
            int localConnectionState = in.ushort();
            int eventCause = in.ushort();
            String connectionDeviceId = null;
            String failingDeviceId = null;
            String calledDeviceId = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.CONNECTION_DEVICE_ID -> connectionDeviceId = in.string(64);
                    case Tag.FAILING_DEVICE_ID -> failingDeviceId = in.string(64);
                    case Tag.CALLED_DEVICE_ID -> calledDeviceId = in.string(64);
                    default -> in.skipUnknownField();
                }
            }
            return new CallFailedEvent(
                    monitorId, peripheralId, peripheralType, connectionDeviceIdType, connectionCallId,
                    failingDeviceType, calledDeviceType, localConnectionState, eventCause,
                    in.require(connectionDeviceId, "ConnectionDeviceID"), failingDeviceId, calledDeviceId);
        }

        @Override
        public void encode(CallFailedEvent m, BodyWriter out) throws ProtocolException {
            out.uint(m.monitorId());
            out.uint(m.peripheralId());
            out.ushort(m.peripheralType());
            out.ushort(m.connectionDeviceIdType());
            out.uint(m.connectionCallId());
            out.ushort(m.failingDeviceType());
            out.ushort(m.calledDeviceType());
            out.ushort(m.localConnectionState());
            out.ushort(m.eventCause());
            out.requiredString(Tag.CONNECTION_DEVICE_ID, m.connectionDeviceId(), 64, "ConnectionDeviceID");
            out.string(Tag.FAILING_DEVICE_ID, m.failingDeviceId(), 64);
            out.string(Tag.CALLED_DEVICE_ID, m.calledDeviceId(), 64);
        }
    }

    static final class CallConferencedEventCodec implements MessageBodyCodec<CallConferencedEvent> {
        @Override
        public CallConferencedEvent decode(BodyReader in) throws ProtocolException {
            long monitorId = in.uint();
            long peripheralId = in.uint();
            int peripheralType = in.ushort();
            int primaryDeviceIdType = in.ushort();
            long primaryCallId = in.uint();
            int lineHandle = in.ushort();
            int lineType = in.ushort();
            long skillGroupNumber = in.uint();
            long skillGroupId = in.uint();
            int skillGroupPriority = in.ushort();
            int numParties = in.ushort();
            int secondaryDeviceIdType = in.ushort();
            long secondaryCallId = in.uint();
            int controllerDeviceType = in.ushort();
            int addedPartyDeviceType = in.ushort();
            int localConnectionState = in.ushort();
            int eventCause = in.ushort();
            String primaryDeviceId = null;
            String secondaryDeviceId = null;
            String controllerDeviceId = null;
            String addedPartyDeviceId = null;
            RepeatedGroup<ConnectedParty> connectedParties = CommonFields.connectedPartyGroup();
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.PRIMARY_DEVICE_ID -> primaryDeviceId = in.string(64);
                    case Tag.SECONDARY_DEVICE_ID -> secondaryDeviceId = in.string(64);
                    case Tag.CONTROLLER_DEVICE_ID -> controllerDeviceId = in.string(64);
                    case Tag.ADDED_PARTY_DEVICE_ID -> addedPartyDeviceId = in.string(64);
                    default -> {
                        if (!CommonFields.readConnectedParty(in, connectedParties)) {
                            in.skipUnknownField();
                        }
                    }
                }
            }
            return new CallConferencedEvent(
                    monitorId, peripheralId, peripheralType, primaryDeviceIdType, primaryCallId, lineHandle, lineType,
                    skillGroupNumber, skillGroupId, skillGroupPriority, numParties, secondaryDeviceIdType,
                    secondaryCallId, controllerDeviceType, addedPartyDeviceType, localConnectionState, eventCause,
                    in.require(primaryDeviceId, "PrimaryDeviceID"),
                    in.require(secondaryDeviceId, "SecondaryDeviceID"), controllerDeviceId, addedPartyDeviceId,
                    connectedParties.entries());
        }

        @Override
        public void encode(CallConferencedEvent m, BodyWriter out) throws ProtocolException {
            out.uint(m.monitorId());
            out.uint(m.peripheralId());
            out.ushort(m.peripheralType());
            out.ushort(m.primaryDeviceIdType());
            out.uint(m.primaryCallId());
            out.ushort(m.lineHandle());
            out.ushort(m.lineType());
            out.uint(m.skillGroupNumber());
            out.uint(m.skillGroupId());
            out.ushort(m.skillGroupPriority());
            out.ushort(m.numParties());
            out.ushort(m.secondaryDeviceIdType());
            out.uint(m.secondaryCallId());
            out.ushort(m.controllerDeviceType());
            out.ushort(m.addedPartyDeviceType());
            out.ushort(m.localConnectionState());
            out.ushort(m.eventCause());
            out.requiredString(Tag.PRIMARY_DEVICE_ID, m.primaryDeviceId(), 64, "PrimaryDeviceID");
            out.requiredString(Tag.SECONDARY_DEVICE_ID, m.secondaryDeviceId(), 64, "SecondaryDeviceID");
            out.string(Tag.CONTROLLER_DEVICE_ID, m.controllerDeviceId(), 64);
            out.string(Tag.ADDED_PARTY_DEVICE_ID, m.addedPartyDeviceId(), 64);
            CommonFields.writeConnectedParties(m.connectedParties(), out);
        }
    }

    static final class CallTransferredEventCodec implements MessageBodyCodec<CallTransferredEvent> {
        @Override
        public CallTransferredEvent decode(BodyReader in) throws ProtocolException {
            long monitorId = in.uint();
            long peripheralId = in.uint();
            int peripheralType = in.ushort();
            int primaryDeviceIdType = in.ushort();
            long primaryCallId = in.uint();
            int lineHandle = in.ushort();
            int lineType = in.ushort();
            long skillGroupNumber = in.uint();
            long skillGroupId = in.uint();
            int skillGroupPriority = in.ushort();
            int numParties = in.ushort();
            int secondaryDeviceIdType = in.ushort();
            long secondaryCallId = in.uint();
            int transferringDeviceType = in.ushort();
            int transferredDeviceType = in.ushort();
            int localConnectionState = in.ushort();
            int eventCause = in.ushort();
            String primaryDeviceId = null;
            String secondaryDeviceId = null;
            String transferringDeviceId = null;
            String transferredDeviceId = null;
            RepeatedGroup<ConnectedParty> connectedParties = CommonFields.connectedPartyGroup();
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.PRIMARY_DEVICE_ID -> primaryDeviceId = in.string(64);
                    case Tag.SECONDARY_DEVICE_ID -> secondaryDeviceId = in.string(64);
                    case Tag.TRANSFERRING_DEVICE_ID -> transferringDeviceId = in.string(64);
                    case Tag.TRANSFERRED_DEVICE_ID -> transferredDeviceId = in.string(64);
                    default -> {
                        if (!CommonFields.readConnectedParty(in, connectedParties)) {
                            in.skipUnknownField();
                        }
                    }
                }
            }
            return new CallTransferredEvent(
                    monitorId, peripheralId, peripheralType, primaryDeviceIdType, primaryCallId, lineHandle, lineType,
                    skillGroupNumber, skillGroupId, skillGroupPriority, numParties, secondaryDeviceIdType,
                    secondaryCallId, transferringDeviceType, transferredDeviceType, localConnectionState, eventCause,
                    in.require(primaryDeviceId, "PrimaryDeviceID"),
                    in.require(secondaryDeviceId, "SecondaryDeviceID"), transferringDeviceId, transferredDeviceId,
                    connectedParties.entries());
        }

        @Override
        public void encode(CallTransferredEvent m, BodyWriter out) throws ProtocolException {
            out.uint(m.monitorId());
            out.uint(m.peripheralId());
            out.ushort(m.peripheralType());
            out.ushort(m.primaryDeviceIdType());
            out.uint(m.primaryCallId());
            out.ushort(m.lineHandle());
            out.ushort(m.lineType());
            out.uint(m.skillGroupNumber());
            out.uint(m.skillGroupId());
            out.ushort(m.skillGroupPriority());
            out.ushort(m.numParties());
            out.ushort(m.secondaryDeviceIdType());
            out.uint(m.secondaryCallId());
            out.ushort(m.transferringDeviceType());
            out.ushort(m.transferredDeviceType());
            out.ushort(m.localConnectionState());
            out.ushort(m.eventCause());
            out.requiredString(Tag.PRIMARY_DEVICE_ID, m.primaryDeviceId(), 64, "PrimaryDeviceID");
            out.requiredString(Tag.SECONDARY_DEVICE_ID, m.secondaryDeviceId(), 64, "SecondaryDeviceID");
            out.string(Tag.TRANSFERRING_DEVICE_ID, m.transferringDeviceId(), 64);
            out.string(Tag.TRANSFERRED_DEVICE_ID, m.transferredDeviceId(), 64);
            CommonFields.writeConnectedParties(m.connectedParties(), out);
        }
    }

    static final class CallDivertedEventCodec implements MessageBodyCodec<CallDivertedEvent> {
        @Override
        public CallDivertedEvent decode(BodyReader in) throws ProtocolException {
            long monitorId = in.uint();
            long peripheralId = in.uint();
            int peripheralType = in.ushort();
            int connectionDeviceIdType = in.ushort();
            long connectionCallId = in.uint();
            long serviceNumber = in.uint();
            long serviceId = in.uint();
            int divertingDeviceType = in.ushort();
            int calledDeviceType = in.ushort();
            int localConnectionState = in.ushort();
            int eventCause = in.ushort();
            String connectionDeviceId = null;
            String divertingDeviceId = null;
            String calledDeviceId = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.CONNECTION_DEVICE_ID -> connectionDeviceId = in.string(64);
                    case Tag.DIVERTING_DEVICE_ID -> divertingDeviceId = in.string(64);
                    case Tag.CALLED_DEVICE_ID -> calledDeviceId = in.string(64);
                    default -> in.skipUnknownField();
                }
            }
            return new CallDivertedEvent(
                    monitorId, peripheralId, peripheralType, connectionDeviceIdType, connectionCallId, serviceNumber,
                    serviceId, divertingDeviceType, calledDeviceType, localConnectionState, eventCause,
                    in.require(connectionDeviceId, "ConnectionDeviceID"), divertingDeviceId, calledDeviceId);
        }

        @Override
        public void encode(CallDivertedEvent m, BodyWriter out) throws ProtocolException {
            out.uint(m.monitorId());
            out.uint(m.peripheralId());
            out.ushort(m.peripheralType());
            out.ushort(m.connectionDeviceIdType());
            out.uint(m.connectionCallId());
            out.uint(m.serviceNumber());
            out.uint(m.serviceId());
            out.ushort(m.divertingDeviceType());
            out.ushort(m.calledDeviceType());
            out.ushort(m.localConnectionState());
            out.ushort(m.eventCause());
            out.requiredString(Tag.CONNECTION_DEVICE_ID, m.connectionDeviceId(), 64, "ConnectionDeviceID");
            out.string(Tag.DIVERTING_DEVICE_ID, m.divertingDeviceId(), 64);
            out.string(Tag.CALLED_DEVICE_ID, m.calledDeviceId(), 64);
        }
    }

    static final class CallServiceInitiatedEventCodec implements MessageBodyCodec<CallServiceInitiatedEvent> {
        @Override
        public CallServiceInitiatedEvent decode(BodyReader in) throws ProtocolException {
            long monitorId = in.uint();
            long peripheralId = in.uint();
            int peripheralType = in.ushort();
            int connectionDeviceIdType = in.ushort();
            long connectionCallId = in.uint();
            int lineHandle = in.ushort();
            int lineType = in.ushort();
            long serviceNumber = in.uint();
            long serviceId = in.uint();
            long skillGroupNumber = in.uint();
            long skillGroupId = in.uint();
            int skillGroupPriority = in.ushort();
            int callingDeviceType = in.ushort();
            int localConnectionState = in.ushort();
            int eventCause = in.ushort();
            String connectionDeviceId = null;
            String callingDeviceId = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.CONNECTION_DEVICE_ID -> connectionDeviceId = in.string(64);
                    case Tag.CALLING_DEVICE_ID -> callingDeviceId = in.string(64);
                    default -> in.skipUnknownField();
                }
            }
            return new CallServiceInitiatedEvent(
                    monitorId, peripheralId, peripheralType, connectionDeviceIdType, connectionCallId, lineHandle,
                    lineType, serviceNumber, serviceId, skillGroupNumber, skillGroupId, skillGroupPriority,
                    callingDeviceType, localConnectionState, eventCause,
                    in.require(connectionDeviceId, "ConnectionDeviceID"), callingDeviceId);
        }

        @Override
        public void encode(CallServiceInitiatedEvent m, BodyWriter out) throws ProtocolException {
            out.uint(m.monitorId());
            out.uint(m.peripheralId());
            out.ushort(m.peripheralType());
            out.ushort(m.connectionDeviceIdType());
            out.uint(m.connectionCallId());
            out.ushort(m.lineHandle());
            out.ushort(m.lineType());
            out.uint(m.serviceNumber());
            out.uint(m.serviceId());
            out.uint(m.skillGroupNumber());
            out.uint(m.skillGroupId());
            out.ushort(m.skillGroupPriority());
            out.ushort(m.callingDeviceType());
            out.ushort(m.localConnectionState());
            out.ushort(m.eventCause());
            out.requiredString(Tag.CONNECTION_DEVICE_ID, m.connectionDeviceId(), 64, "ConnectionDeviceID");
            out.string(Tag.CALLING_DEVICE_ID, m.callingDeviceId(), 64);
        }
    }

    static final class CallQueuedEventCodec implements MessageBodyCodec<CallQueuedEvent> {
        @Override
        public CallQueuedEvent decode(BodyReader in) throws ProtocolException {
            long monitorId = in.uint();
            long peripheralId = in.uint();
            int peripheralType = in.ushort();
            int connectionDeviceIdType = in.ushort();
            long connectionCallId = in.uint();
            long serviceNumber = in.uint();
            long serviceId = in.uint();
            int queueDeviceType = in.ushort();
            int callingDeviceType = in.ushort();
            int calledDeviceType = in.ushort();
            int lastRedirectDeviceType = in.ushort();
            int numQueued = in.ushort();
            int numSkillGroups = in.ushort();
            int localConnectionState = in.ushort();
            int eventCause = in.ushort();
            String connectionDeviceId = null;
            String queueDeviceId = null;
            String callingDeviceId = null;
            String calledDeviceId = null;
            String lastRedirectDeviceId = null;
            RepeatedGroup<SkillGroupEntry> skillGroups = AgentCodecs.skillGroupGroup();
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.CONNECTION_DEVICE_ID -> connectionDeviceId = in.string(64);
                    case Tag.QUEUE_DEVICE_ID -> queueDeviceId = in.string(64);
                    case Tag.CALLING_DEVICE_ID -> callingDeviceId = in.string(64);
                    case Tag.CALLED_DEVICE_ID -> calledDeviceId = in.string(64);
                    case Tag.LAST_REDIRECT_DEVICE_ID -> lastRedirectDeviceId = in.string(64);
                    default -> {
                        if (!AgentCodecs.readSkillGroupMember(in, skillGroups)) {
                            in.skipUnknownField();
                        }
                    }
                }
            }
            return new CallQueuedEvent(
                    monitorId, peripheralId, peripheralType, connectionDeviceIdType, connectionCallId, serviceNumber,
                    serviceId, queueDeviceType, callingDeviceType, calledDeviceType, lastRedirectDeviceType,
                    numQueued, numSkillGroups, localConnectionState, eventCause,
                    in.require(connectionDeviceId, "ConnectionDeviceID"), queueDeviceId, callingDeviceId,
                    calledDeviceId, lastRedirectDeviceId, skillGroups.entries());
        }

        @Override
        public void encode(CallQueuedEvent m, BodyWriter out) throws ProtocolException {
            out.uint(m.monitorId());
            out.uint(m.peripheralId());
            out.ushort(m.peripheralType());
            out.ushort(m.connectionDeviceIdType());
            out.uint(m.connectionCallId());
            out.uint(m.serviceNumber());
            out.uint(m.serviceId());
            out.ushort(m.queueDeviceType());
            out.ushort(m.callingDeviceType());
            out.ushort(m.calledDeviceType());
            out.ushort(m.lastRedirectDeviceType());
            out.ushort(m.numQueued());
            out.ushort(m.numSkillGroups());
            out.ushort(m.localConnectionState());
            out.ushort(m.eventCause());
            out.requiredString(Tag.CONNECTION_DEVICE_ID, m.connectionDeviceId(), 64, "ConnectionDeviceID");
            out.string(Tag.QUEUE_DEVICE_ID, m.queueDeviceId(), 64);
            out.string(Tag.CALLING_DEVICE_ID, m.callingDeviceId(), 64);
            out.string(Tag.CALLED_DEVICE_ID, m.calledDeviceId(), 64);
            out.string(Tag.LAST_REDIRECT_DEVICE_ID, m.lastRedirectDeviceId(), 64);
            AgentCodecs.writeSkillGroups(m.skillGroups(), out);
        }
    }

    static final class CallTranslationRouteEventCodec implements MessageBodyCodec<CallTranslationRouteEvent> {
        @Override
        public CallTranslationRouteEvent decode(BodyReader in) throws ProtocolException {
            int numNamedVariables = in.ushort();
            int numNamedArrays = in.ushort();
            String ani = null;
            ByteString userToUserInfo = null;
            String dnis = null;
            String dialedNumber = null;
            String callerEnteredDigits = null;
            Long routerCallKeyDay = null;
            Long routerCallKeyCallId = null;
            Long routerCallKeySequenceNumber = null;
            String[] callVariables = CommonFields.callVariableSlots();
            List<NamedVariable> namedVariables = new ArrayList<>();
            List<NamedArray> namedArrays = new ArrayList<>();
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.ANI -> ani = in.string(40);
                    case Tag.USER_TO_USER_INFO -> userToUserInfo = in.byteString(131);
                    case Tag.DNIS -> dnis = in.string(32);
                    case Tag.DIALED_NUMBER -> dialedNumber = in.string(40);
                    case Tag.CALLER_ENTERED_DIGITS -> callerEnteredDigits = in.string(40);
                    case Tag.ROUTER_CALL_KEY_DAY -> routerCallKeyDay = in.uintField();
                    case Tag.ROUTER_CALL_KEY_CALL_ID -> routerCallKeyCallId = in.uintField();
                    case Tag.ROUTER_CALL_KEY_SEQUENCE_NUMBER -> routerCallKeySequenceNumber = in.uintField();
                    case Tag.NAMED_VARIABLE -> namedVariables.add(in.namedVariable());
                    case Tag.NAMED_ARRAY -> namedArrays.add(in.namedArray());
                    default -> {
                        if (!CommonFields.readCallVariable(in, callVariables)) {
                            in.skipUnknownField();
                        }
                    }
                }
            }
            return new CallTranslationRouteEvent(
                    numNamedVariables, numNamedArrays, ani, userToUserInfo, dnis, dialedNumber, callerEnteredDigits,
                    routerCallKeyDay, routerCallKeyCallId, routerCallKeySequenceNumber,
                    CommonFields.callVariables(callVariables), namedVariables, namedArrays);
        }

        @Override
        public void encode(CallTranslationRouteEvent m, BodyWriter out) throws ProtocolException {
            out.ushort(m.numNamedVariables());
            out.ushort(m.numNamedArrays());
            out.string(Tag.ANI, m.ani(), 40);
            out.byteString(Tag.USER_TO_USER_INFO, m.userToUserInfo(), 131);
            out.string(Tag.DNIS, m.dnis(), 32);
            out.string(Tag.DIALED_NUMBER, m.dialedNumber(), 40);
            out.string(Tag.CALLER_ENTERED_DIGITS, m.callerEnteredDigits(), 40);
            out.uintField(Tag.ROUTER_CALL_KEY_DAY, m.routerCallKeyDay());
            out.uintField(Tag.ROUTER_CALL_KEY_CALL_ID, m.routerCallKeyCallId());
            out.uintField(Tag.ROUTER_CALL_KEY_SEQUENCE_NUMBER, m.routerCallKeySequenceNumber());
            out.callVariables(m.callVariables());
            out.namedVariables(m.namedVariables());
            out.namedArrays(m.namedArrays());
        }
    }

    static final class BeginCallEventCodec implements MessageBodyCodec<BeginCallEvent> {
        @Override
        public BeginCallEvent decode(BodyReader in) throws ProtocolException {
            long monitorId = in.uint();
            long peripheralId = in.uint();
            int peripheralType = in.ushort();
            int numCtiClients = in.ushort();
            int numNamedVariables = in.ushort();
            int numNamedArrays = in.ushort();
            int callType = in.ushort();
            int connectionDeviceIdType = in.ushort();
            long connectionCallId = in.uint();
            int calledPartyDisposition = in.ushort();
            String connectionDeviceId = null;
            String ani = null;
            ByteString userToUserInfo = null;
            String dnis = null;
            String dialedNumber = null;
            String callerEnteredDigits = null;
            Long routerCallKeyDay = null;
            Long routerCallKeyCallId = null;
            Long routerCallKeySequenceNumber = null;
            String[] callVariables = CommonFields.callVariableSlots();
            String callWrapupData = null;
            List<NamedVariable> namedVariables = new ArrayList<>();
            List<NamedArray> namedArrays = new ArrayList<>();
            RepeatedGroup<CtiClientEntry> ctiClients = CommonFields.ctiClientGroup();
            ByteString callReferenceId = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.CONNECTION_DEVICE_ID -> connectionDeviceId = in.string(64);
                    case Tag.ANI -> ani = in.string(40);
                    case Tag.USER_TO_USER_INFO -> userToUserInfo = in.byteString(131);
                    case Tag.DNIS -> dnis = in.string(32);
                    case Tag.DIALED_NUMBER -> dialedNumber = in.string(40);
                    case Tag.CALLER_ENTERED_DIGITS -> callerEnteredDigits = in.string(40);
                    case Tag.ROUTER_CALL_KEY_DAY -> routerCallKeyDay = in.uintField();
                    case Tag.ROUTER_CALL_KEY_CALL_ID -> routerCallKeyCallId = in.uintField();
                    case Tag.ROUTER_CALL_KEY_SEQUENCE_NUMBER -> routerCallKeySequenceNumber = in.uintField();
                    case Tag.CALL_WRAPUP_DATA -> callWrapupData = in.string(40);
                    case Tag.NAMED_VARIABLE -> namedVariables.add(in.namedVariable());
                    case Tag.NAMED_ARRAY -> namedArrays.add(in.namedArray());
                    case Tag.CALL_REFERENCE_ID -> callReferenceId = in.byteString(32);
                    default -> {
                        if (!CommonFields.readCallVariable(in, callVariables)
                                && !CommonFields.readCtiClient(in, ctiClients)) {
                            in.skipUnknownField();
                        }
                    }
                }
            }
            return new BeginCallEvent(
                    monitorId, peripheralId, peripheralType, numCtiClients, numNamedVariables, numNamedArrays,
                    callType, connectionDeviceIdType, connectionCallId, calledPartyDisposition,
                    in.require(connectionDeviceId, "ConnectionDeviceID"), ani, userToUserInfo, dnis, dialedNumber,
                    callerEnteredDigits, routerCallKeyDay, routerCallKeyCallId, routerCallKeySequenceNumber,
                    CommonFields.callVariables(callVariables), callWrapupData, namedVariables, namedArrays,
                    ctiClients.entries(), callReferenceId);
        }

        @Override
        public void encode(BeginCallEvent m, BodyWriter out) throws ProtocolException {
            out.uint(m.monitorId());
            out.uint(m.peripheralId());
            out.ushort(m.peripheralType());
            out.ushort(m.numCtiClients());
            out.ushort(m.numNamedVariables());
            out.ushort(m.numNamedArrays());
            out.ushort(m.callType());
            out.ushort(m.connectionDeviceIdType());
            out.uint(m.connectionCallId());
            out.ushort(m.calledPartyDisposition());
            out.requiredString(Tag.CONNECTION_DEVICE_ID, m.connectionDeviceId(), 64, "ConnectionDeviceID");
            out.string(Tag.ANI, m.ani(), 40);
            out.byteString(Tag.USER_TO_USER_INFO, m.userToUserInfo(), 131);
            out.string(Tag.DNIS, m.dnis(), 32);
            out.string(Tag.DIALED_NUMBER, m.dialedNumber(), 40);
            out.string(Tag.CALLER_ENTERED_DIGITS, m.callerEnteredDigits(), 40);
            out.uintField(Tag.ROUTER_CALL_KEY_DAY, m.routerCallKeyDay());
            out.uintField(Tag.ROUTER_CALL_KEY_CALL_ID, m.routerCallKeyCallId());
            out.uintField(Tag.ROUTER_CALL_KEY_SEQUENCE_NUMBER, m.routerCallKeySequenceNumber());
            out.callVariables(m.callVariables());
            out.string(Tag.CALL_WRAPUP_DATA, m.callWrapupData(), 40);
            out.namedVariables(m.namedVariables());
            out.namedArrays(m.namedArrays());
            CommonFields.writeCtiClients(m.ctiClients(), out);
            out.byteString(Tag.CALL_REFERENCE_ID, m.callReferenceId(), 32);
        }
    }

    static final class EndCallEventCodec implements MessageBodyCodec<EndCallEvent> {
        @Override
        public EndCallEvent decode(BodyReader in) throws ProtocolException {
            long monitorId = in.uint();
            long peripheralId = in.uint();
            int peripheralType = in.ushort();
            int connectionDeviceIdType = in.ushort();
            long connectionCallId = in.uint();
            String connectionDeviceId = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.CONNECTION_DEVICE_ID -> connectionDeviceId = in.string(64);
                    default -> in.skipUnknownField();
                }
            }
            return new EndCallEvent(
                    monitorId, peripheralId, peripheralType, connectionDeviceIdType, connectionCallId,
                    in.require(connectionDeviceId, "ConnectionDeviceID"));
        }

        @Override
        public void encode(EndCallEvent m, BodyWriter out) throws ProtocolException {
            out.uint(m.monitorId());
            out.uint(m.peripheralId());
            out.ushort(m.peripheralType());
            out.ushort(m.connectionDeviceIdType());
            out.uint(m.connectionCallId());
            out.requiredString(Tag.CONNECTION_DEVICE_ID, m.connectionDeviceId(), 64, "ConnectionDeviceID");
        }
    }

    static final class CallDataUpdateEventCodec implements MessageBodyCodec<CallDataUpdateEvent> {
        @Override
        public CallDataUpdateEvent decode(BodyReader in) throws ProtocolException {
            long monitorId = in.uint();
            long peripheralId = in.uint();
            int peripheralType = in.ushort();
            int numCtiClients = in.ushort();
            int numNamedVariables = in.ushort();
            int numNamedArrays = in.ushort();
            int callType = in.ushort();
            int connectionDeviceIdType = in.ushort();
            long connectionCallId = in.uint();
            int newConnectionDeviceIdType = in.ushort();
            long newConnectionCallId = in.uint();
            int calledPartyDisposition = in.ushort();
            long campaignId = in.uint();
            long queryRuleId = in.uint();
            String connectionDeviceId = null;
            String newConnectionDeviceId = null;
            String ani = null;
            ByteString userToUserInfo = null;
            String dnis = null;
            String dialedNumber = null;
            String callerEnteredDigits = null;
            Long routerCallKeyDay = null;
            Long routerCallKeyCallId = null;
            Long routerCallKeySequenceNumber = null;
            String[] callVariables = CommonFields.callVariableSlots();
            String callWrapupData = null;
            List<NamedVariable> namedVariables = new ArrayList<>();
            List<NamedArray> namedArrays = new ArrayList<>();
            String customerPhoneNumber = null;
            String customerAccountNumber = null;
            RepeatedGroup<CtiClientEntry> ctiClients = CommonFields.ctiClientGroup();
            ByteString callReferenceId = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.CONNECTION_DEVICE_ID -> connectionDeviceId = in.string(64);
                    case Tag.NEW_CONNECTION_DEVICE_ID -> newConnectionDeviceId = in.string(64);
                    case Tag.ANI -> ani = in.string(40);
                    case Tag.USER_TO_USER_INFO -> userToUserInfo = in.byteString(131);
                    case Tag.DNIS -> dnis = in.string(32);
                    case Tag.DIALED_NUMBER -> dialedNumber = in.string(40);
                    case Tag.CALLER_ENTERED_DIGITS -> callerEnteredDigits = in.string(40);
                    case Tag.ROUTER_CALL_KEY_DAY -> routerCallKeyDay = in.uintField();
                    case Tag.ROUTER_CALL_KEY_CALL_ID -> routerCallKeyCallId = in.uintField();
                    case Tag.ROUTER_CALL_KEY_SEQUENCE_NUMBER -> routerCallKeySequenceNumber = in.uintField();
                    case Tag.CALL_WRAPUP_DATA -> callWrapupData = in.string(40);
                    case Tag.NAMED_VARIABLE -> namedVariables.add(in.namedVariable());
                    case Tag.NAMED_ARRAY -> namedArrays.add(in.namedArray());
                    case Tag.CUSTOMER_PHONE_NUMBER -> customerPhoneNumber = in.string(20);
                    case Tag.CUSTOMER_ACCOUNT_NUMBER -> customerAccountNumber = in.string(32);
                    case Tag.CALL_REFERENCE_ID -> callReferenceId = in.byteString(32);
                    default -> {
                        if (!CommonFields.readCallVariable(in, callVariables)
                                && !CommonFields.readCtiClient(in, ctiClients)) {
                            in.skipUnknownField();
                        }
                    }
                }
            }
            return new CallDataUpdateEvent(
                    monitorId, peripheralId, peripheralType, numCtiClients, numNamedVariables, numNamedArrays,
                    callType, connectionDeviceIdType, connectionCallId, newConnectionDeviceIdType,
                    newConnectionCallId, calledPartyDisposition, campaignId, queryRuleId,
                    in.require(connectionDeviceId, "ConnectionDeviceID"),
                    in.require(newConnectionDeviceId, "NewConnectionDeviceID"), ani, userToUserInfo, dnis,
                    dialedNumber, callerEnteredDigits, routerCallKeyDay, routerCallKeyCallId,
                    routerCallKeySequenceNumber, CommonFields.callVariables(callVariables), callWrapupData,
                    namedVariables, namedArrays, customerPhoneNumber, customerAccountNumber, ctiClients.entries(),
                    callReferenceId);
        }

        @Override
        public void encode(CallDataUpdateEvent m, BodyWriter out) throws ProtocolException {
            out.uint(m.monitorId());
            out.uint(m.peripheralId());
            out.ushort(m.peripheralType());
            out.ushort(m.numCtiClients());
            out.ushort(m.numNamedVariables());
            out.ushort(m.numNamedArrays());
            out.ushort(m.callType());
            out.ushort(m.connectionDeviceIdType());
            out.uint(m.connectionCallId());
            out.ushort(m.newConnectionDeviceIdType());
            out.uint(m.newConnectionCallId());
            out.ushort(m.calledPartyDisposition());
            out.uint(m.campaignId());
            out.uint(m.queryRuleId());
            out.requiredString(Tag.CONNECTION_DEVICE_ID, m.connectionDeviceId(), 64, "ConnectionDeviceID");
            out.requiredString(Tag.NEW_CONNECTION_DEVICE_ID, m.newConnectionDeviceId(), 64, "NewConnectionDeviceID");
            out.string(Tag.ANI, m.ani(), 40);
            out.byteString(Tag.USER_TO_USER_INFO, m.userToUserInfo(), 131);
            out.string(Tag.DNIS, m.dnis(), 32);
            out.string(Tag.DIALED_NUMBER, m.dialedNumber(), 40);
            out.string(Tag.CALLER_ENTERED_DIGITS, m.callerEnteredDigits(), 40);
            out.uintField(Tag.ROUTER_CALL_KEY_DAY, m.routerCallKeyDay());
            out.uintField(Tag.ROUTER_CALL_KEY_CALL_ID, m.routerCallKeyCallId());
            out.uintField(Tag.ROUTER_CALL_KEY_SEQUENCE_NUMBER, m.routerCallKeySequenceNumber());
            out.callVariables(m.callVariables());
            out.string(Tag.CALL_WRAPUP_DATA, m.callWrapupData(), 40);
            out.namedVariables(m.namedVariables());
            out.namedArrays(m.namedArrays());
            out.string(Tag.CUSTOMER_PHONE_NUMBER, m.customerPhoneNumber(), 20);
            out.string(Tag.CUSTOMER_ACCOUNT_NUMBER, m.customerAccountNumber(), 32);
            CommonFields.writeCtiClients(m.ctiClients(), out);
            out.byteString(Tag.CALL_REFERENCE_ID, m.callReferenceId(), 32);
        }
    }

    static final class CallReachedNetworkEventCodec implements MessageBodyCodec<CallReachedNetworkEvent> {
        @Override
        public CallReachedNetworkEvent decode(BodyReader in) throws ProtocolException {
            long monitorId = in.uint();
            long peripheralId = in.uint();
            int peripheralType = in.ushort();
            int connectionDeviceIdType = in.ushort();
            long connectionCallId = in.uint();
            int lineHandle = in.ushort();
            int lineType = in.ushort();
            int trunkUsedDeviceType = in.ushort();
            int calledDeviceType = in.ushort();
            int localConnectionState = in.ushort();
            int eventCause = in.ushort();
            String connectionDeviceId = null;
            String trunkUsedDeviceId = null;
            String calledDeviceId = null;
            Long trunkNumber = null;
            Long trunkGroupNumber = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.CONNECTION_DEVICE_ID -> connectionDeviceId = in.string(64);
                    case Tag.TRUNK_USED_DEVICE_ID -> trunkUsedDeviceId = in.string(64);
                    case Tag.CALLED_DEVICE_ID -> calledDeviceId = in.string(64);
                    case Tag.TRUNK_NUMBER -> trunkNumber = in.uintField();
                    case Tag.TRUNK_GROUP_NUMBER -> trunkGroupNumber = in.uintField();
                    default -> in.skipUnknownField();
                }
            }
            return new CallReachedNetworkEvent(
                    monitorId, peripheralId, peripheralType, connectionDeviceIdType, connectionCallId, lineHandle,
                    lineType, trunkUsedDeviceType, calledDeviceType, localConnectionState, eventCause,
                    in.require(connectionDeviceId, "ConnectionDeviceID"), trunkUsedDeviceId, calledDeviceId,
                    trunkNumber, trunkGroupNumber);
        }

        @Override
        public void encode(CallReachedNetworkEvent m, BodyWriter out) throws ProtocolException {
            out.uint(m.monitorId());
            out.uint(m.peripheralId());
            out.ushort(m.peripheralType());
            out.ushort(m.connectionDeviceIdType());
            out.uint(m.connectionCallId());
            out.ushort(m.lineHandle());
            out.ushort(m.lineType());
            out.ushort(m.trunkUsedDeviceType());
            out.ushort(m.calledDeviceType());
            out.ushort(m.localConnectionState());
            out.ushort(m.eventCause());
            out.requiredString(Tag.CONNECTION_DEVICE_ID, m.connectionDeviceId(), 64, "ConnectionDeviceID");
            out.string(Tag.TRUNK_USED_DEVICE_ID, m.trunkUsedDeviceId(), 64);
            out.string(Tag.CALLED_DEVICE_ID, m.calledDeviceId(), 64);
            out.uintField(Tag.TRUNK_NUMBER, m.trunkNumber());
            out.uintField(Tag.TRUNK_GROUP_NUMBER, m.trunkGroupNumber());
        }
    }
}
