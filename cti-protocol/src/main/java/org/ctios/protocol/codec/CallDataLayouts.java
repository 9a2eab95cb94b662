package org.ctios.protocol.codec;

import java.util.List;
import org.ctios.protocol.MessageType;
import org.ctios.protocol.message.calldata.ClientEventReportConf;
import org.ctios.protocol.message.calldata.ClientEventReportReq;
import org.ctios.protocol.message.calldata.ReleaseCallConf;
import org.ctios.protocol.message.calldata.ReleaseCallReq;
import org.ctios.protocol.message.calldata.SetCallDataConf;
import org.ctios.protocol.message.calldata.SetCallDataReq;

/** Layouts of the call data requests and their confirmations. */
final class CallDataLayouts {

    static final List<Layout<?>> ALL = List.of(
            Layout.of(MessageType.SET_CALL_DATA_REQ, SetCallDataReq.class)
                    .u32("invokeId").u32("peripheralId").u16("connectionDeviceIdType").u32("connectionCallId")
                    .u16("numNamedVariables").u16("numNamedArrays").u16("callType").u16("calledPartyDisposition")
                    .u32("campaignId").u32("queryRuleId")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID")
                    .string("ani", Tag.ANI, 40).unspec("userToUserInfo", Tag.USER_TO_USER_INFO, 131)
                    .string("callerEnteredDigits", Tag.CALLER_ENTERED_DIGITS, 40).callVariables("callVariables")
                    .string("callWrapupData", Tag.CALL_WRAPUP_DATA, 40).namedVariables("namedVariables")
                    .namedArrays("namedArrays").string("customerPhoneNumber", Tag.CUSTOMER_PHONE_NUMBER, 20)
                    .string("customerAccountNumber", Tag.CUSTOMER_ACCOUNT_NUMBER, 32)
                    .u32("routerCallKeyDay", Tag.ROUTER_CALL_KEY_DAY)
                    .u32("routerCallKeyCallId", Tag.ROUTER_CALL_KEY_CALL_ID)
                    .u32("routerCallKeySequenceNumber", Tag.ROUTER_CALL_KEY_SEQUENCE_NUMBER)
                    .uchar("callOriginatedFrom", Tag.CALL_ORIGINATED_FROM),
            Layout.invokeIdOnly(MessageType.SET_CALL_DATA_CONF, SetCallDataConf.class),
            // The sheet lists no floating fields: those of the reference sample, in its order.
            Layout.of(MessageType.RELEASE_CALL_REQ, ReleaseCallReq.class)
                    .u32("invokeId").u32("peripheralId").u16("connectionDeviceIdType").u32("connectionCallId")
                    .string("connectionDeviceId", Tag.CONNECTION_DEVICE_ID, 64).required("ConnectionDeviceID"),
            Layout.invokeIdOnly(MessageType.RELEASE_CALL_CONF, ReleaseCallConf.class),
            // The sheet lists no floating fields: those of the reference sample, in its order; ObjectName taken as 64.
            Layout.of(MessageType.CLIENT_EVENT_REPORT_REQ, ClientEventReportReq.class)
                    .u32("invokeId").u16("state")
                    .string("objectName", Tag.OBJECT_NAME, 64).string("text", Tag.TEXT, 255),
            Layout.invokeIdOnly(MessageType.CLIENT_EVENT_REPORT_CONF, ClientEventReportConf.class));
}
