package org.ctios.protocol.codec;

import java.util.ArrayList;
import java.util.List;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.message.calldata.ClientEventReportConf;
import org.ctios.protocol.message.calldata.ClientEventReportReq;
import org.ctios.protocol.message.calldata.ReleaseCallConf;
import org.ctios.protocol.message.calldata.ReleaseCallReq;
import org.ctios.protocol.message.calldata.SetCallDataConf;
import org.ctios.protocol.message.calldata.SetCallDataReq;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;

/** Codecs of the call data requests and their confirmations. */
final class CallDataCodecs {

    private CallDataCodecs() {
    }

    static void register(CodecTable.Registrar table) {
        table.put(MessageType.SET_CALL_DATA_REQ, new SetCallDataReqCodec());
        table.put(MessageType.SET_CALL_DATA_CONF, new InvokeIdOnlyCodec<>(SetCallDataConf::new));
        table.put(MessageType.RELEASE_CALL_REQ, new ReleaseCallReqCodec());
        table.put(MessageType.RELEASE_CALL_CONF, new InvokeIdOnlyCodec<>(ReleaseCallConf::new));
        table.put(MessageType.CLIENT_EVENT_REPORT_REQ, new ClientEventReportReqCodec());
        table.put(MessageType.CLIENT_EVENT_REPORT_CONF, new InvokeIdOnlyCodec<>(ClientEventReportConf::new));
    }

    static final class SetCallDataReqCodec implements MessageBodyCodec<SetCallDataReq> {
        @Override
        public SetCallDataReq decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            long peripheralId = in.uint();
            int connectionDeviceIdType = in.ushort();
            long connectionCallId = in.uint();
            int numNamedVariables = in.ushort();
            int numNamedArrays = in.ushort();
            int callType = in.ushort();
            int calledPartyDisposition = in.ushort();
            long campaignId = in.uint();
            long queryRuleId = in.uint();
            String connectionDeviceId = null;
            String ani = null;
            ByteString userToUserInfo = null;
            String callerEnteredDigits = null;
            String[] callVariables = CommonFields.callVariableSlots();
            String callWrapupData = null;
            List<NamedVariable> namedVariables = new ArrayList<>();
            List<NamedArray> namedArrays = new ArrayList<>();
            String customerPhoneNumber = null;
            String customerAccountNumber = null;
            Long routerCallKeyDay = null;
            Long routerCallKeyCallId = null;
            Long routerCallKeySequenceNumber = null;
            Integer callOriginatedFrom = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.CONNECTION_DEVICE_ID -> connectionDeviceId = in.string(64);
                    case Tag.ANI -> ani = in.string(40);
                    case Tag.USER_TO_USER_INFO -> userToUserInfo = in.byteString(131);
                    case Tag.CALLER_ENTERED_DIGITS -> callerEnteredDigits = in.string(40);
                    case Tag.CALL_WRAPUP_DATA -> callWrapupData = in.string(40);
                    case Tag.NAMED_VARIABLE -> namedVariables.add(in.namedVariable());
                    case Tag.NAMED_ARRAY -> namedArrays.add(in.namedArray());
                    case Tag.CUSTOMER_PHONE_NUMBER -> customerPhoneNumber = in.string(20);
                    case Tag.CUSTOMER_ACCOUNT_NUMBER -> customerAccountNumber = in.string(32);
                    case Tag.ROUTER_CALL_KEY_DAY -> routerCallKeyDay = in.uintField();
                    case Tag.ROUTER_CALL_KEY_CALL_ID -> routerCallKeyCallId = in.uintField();
                    case Tag.ROUTER_CALL_KEY_SEQUENCE_NUMBER -> routerCallKeySequenceNumber = in.uintField();
                    case Tag.CALL_ORIGINATED_FROM -> callOriginatedFrom = in.ucharField();
                    default -> {
                        if (!CommonFields.readCallVariable(in, callVariables)) {
                            in.skipUnknownField();
                        }
                    }
                }
            }
            return new SetCallDataReq(
                    invokeId, peripheralId, connectionDeviceIdType, connectionCallId, numNamedVariables,
                    numNamedArrays, callType, calledPartyDisposition, campaignId, queryRuleId,
                    in.require(connectionDeviceId, "ConnectionDeviceID"), ani, userToUserInfo, callerEnteredDigits,
                    CommonFields.callVariables(callVariables), callWrapupData, namedVariables, namedArrays,
                    customerPhoneNumber, customerAccountNumber, routerCallKeyDay, routerCallKeyCallId,
                    routerCallKeySequenceNumber, callOriginatedFrom);
        }

        @Override
        public void encode(SetCallDataReq m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.uint(m.peripheralId());
            out.ushort(m.connectionDeviceIdType());
            out.uint(m.connectionCallId());
            out.ushort(m.numNamedVariables());
            out.ushort(m.numNamedArrays());
            out.ushort(m.callType());
            out.ushort(m.calledPartyDisposition());
            out.uint(m.campaignId());
            out.uint(m.queryRuleId());
            out.requiredString(Tag.CONNECTION_DEVICE_ID, m.connectionDeviceId(), 64, "ConnectionDeviceID");
            out.string(Tag.ANI, m.ani(), 40);
            out.byteString(Tag.USER_TO_USER_INFO, m.userToUserInfo(), 131);
            out.string(Tag.CALLER_ENTERED_DIGITS, m.callerEnteredDigits(), 40);
            out.callVariables(m.callVariables());
            out.string(Tag.CALL_WRAPUP_DATA, m.callWrapupData(), 40);
            out.namedVariables(m.namedVariables());
            out.namedArrays(m.namedArrays());
            out.string(Tag.CUSTOMER_PHONE_NUMBER, m.customerPhoneNumber(), 20);
            out.string(Tag.CUSTOMER_ACCOUNT_NUMBER, m.customerAccountNumber(), 32);
            out.uintField(Tag.ROUTER_CALL_KEY_DAY, m.routerCallKeyDay());
            out.uintField(Tag.ROUTER_CALL_KEY_CALL_ID, m.routerCallKeyCallId());
            out.uintField(Tag.ROUTER_CALL_KEY_SEQUENCE_NUMBER, m.routerCallKeySequenceNumber());
            out.ucharField(Tag.CALL_ORIGINATED_FROM, m.callOriginatedFrom());
        }
    }

    static final class ReleaseCallReqCodec implements MessageBodyCodec<ReleaseCallReq> {
        @Override
        public ReleaseCallReq decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            long peripheralId = in.uint();
            int connectionDeviceIdType = in.ushort();
            long connectionCallId = in.uint();
            String connectionDeviceId = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.CONNECTION_DEVICE_ID -> connectionDeviceId = in.string(64);
                    default -> in.skipUnknownField();
                }
            }
            return new ReleaseCallReq(
                    invokeId, peripheralId, connectionDeviceIdType, connectionCallId,
                    in.require(connectionDeviceId, "ConnectionDeviceID"));
        }

        @Override
        public void encode(ReleaseCallReq m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.uint(m.peripheralId());
            out.ushort(m.connectionDeviceIdType());
            out.uint(m.connectionCallId());
            out.requiredString(Tag.CONNECTION_DEVICE_ID, m.connectionDeviceId(), 64, "ConnectionDeviceID");
        }
    }

    static final class ClientEventReportReqCodec implements MessageBodyCodec<ClientEventReportReq> {
        @Override
        public ClientEventReportReq decode(BodyReader in) throws ProtocolException {
            long invokeId = in.uint();
            int state = in.ushort();
            String objectName = null;
            String text = null;
            while (in.nextField()) {
                switch (in.tag()) {
                    case Tag.OBJECT_NAME -> objectName = in.string(64);
                    case Tag.TEXT -> text = in.string(255);
                    default -> in.skipUnknownField();
                }
            }
            return new ClientEventReportReq(invokeId, state, objectName, text);
        }

        @Override
        public void encode(ClientEventReportReq m, BodyWriter out) throws ProtocolException {
            out.uint(m.invokeId());
            out.ushort(m.state());
            out.string(Tag.OBJECT_NAME, m.objectName(), 64);
            out.string(Tag.TEXT, m.text(), 255);
        }
    }
}
