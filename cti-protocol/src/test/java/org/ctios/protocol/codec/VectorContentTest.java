package org.ctios.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctios.protocol.CtiMessage;
import org.ctios.protocol.message.call.BeginCallEvent;
import org.ctios.protocol.message.call.CallConferencedEvent;
import org.ctios.protocol.message.call.CallDeliveredEvent;
import org.ctios.protocol.message.call.CallQueuedEvent;
import org.ctios.protocol.message.calldata.SetCallDataReq;
import org.ctios.protocol.message.control.ControlFailureConf;
import org.ctios.protocol.types.ByteString;
import org.ctios.protocol.types.ConnectedParty;
import org.ctios.protocol.types.CtiClientEntry;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.protocol.types.SkillGroupEntry;
import org.junit.jupiter.api.Test;

/** What the reference messages say, field by field, as a CTI client would read it. */
class VectorContentTest {

    private static CtiMessage decode(String name) throws Exception {
        ReferenceVectors.MessageVector vector = ReferenceVectors.messages().stream()
                .filter(v -> v.name().equals(name)).findFirst().orElseThrow();
        return CtiCodec.v24().decodeFrame(vector.framed(), 0, vector.framed().length);
    }

    @Test
    void callDeliveredCarriesTheScreenPopData() throws Exception {
        CallDeliveredEvent event = (CallDeliveredEvent) decode("CALL_DELIVERED_EVENT");

        assertThat(event.connectionCallId()).isEqualTo(0x06070809L);
        assertThat(event.connectionDeviceId()).isEqualTo("ConnectionDeviceID");
        assertThat(event.alertingDeviceId()).isEqualTo("AlertingDeviceID");
        assertThat(event.ani()).isEqualTo("09012345678");
        assertThat(event.aniIi()).isEmpty();
        assertThat(event.dnis()).isEqualTo("0398765432");
        assertThat(event.dialedNumber()).isEqualTo("0120123123");
        assertThat(event.callerEnteredDigits()).isEqualTo("321");
        assertThat(event.userToUserInfo()).isEqualTo(ByteString.of(new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
        assertThat(event.callVariables().get(1)).isEqualTo("CV1");
        assertThat(event.callVariables().get(10)).isEqualTo("CV10");
        assertThat(event.callWrapupData()).isEqualTo("Wrapup");
        assertThat(event.namedVariables()).containsExactly(new NamedVariable("ECCVar", "ECCVal"));
        assertThat(event.namedArrays()).containsExactly(new NamedArray(1, "ECCArr", "ECCArrVal"));
        assertThat(event.trunkNumber()).isEqualTo(0x01020304L);
        assertThat(event.secondaryConnectionCallId()).isEqualTo(0x03040506L);
    }

    @Test
    void callQueuedListsItsSkillGroups() throws Exception {
        CallQueuedEvent event = (CallQueuedEvent) decode("CALL_QUEUED_EVENT");

        assertThat(event.queueDeviceId()).isEqualTo("QueueDeviceID");
        assertThat(event.skillGroups()).containsExactly(new SkillGroupEntry(0x08090A0BL, 0x090A0B0CL, 0x0A0B, null));
    }

    @Test
    void callConferencedListsTheConnectedParties() throws Exception {
        CallConferencedEvent event = (CallConferencedEvent) decode("CALL_CONFERENCED_EVENT");

        assertThat(event.primaryDeviceId()).isEqualTo("PrimaryDeviceID");
        assertThat(event.secondaryCallId()).isEqualTo(0x0708090AL);
        assertThat(event.connectedParties())
                .containsExactly(ConnectedParty.of(0x08090A0BL, 0x004B, "ConnectedPartyDeviceID"));
    }

    @Test
    void beginCallNamesTheClientsThatWorkedOnTheCall() throws Exception {
        BeginCallEvent event = (BeginCallEvent) decode("BEGIN_CALL_EVENT");

        assertThat(event.routerCallKeyDay()).isEqualTo(0x06070809L);
        assertThat(event.routerCallKeySequenceNumber()).isEqualTo(0x08090A0BL);
        assertThat(event.ctiClients()).containsExactly(new CtiClientEntry("CtiClientSignature", 0x090A0B0CL));
        assertThat(event.callReferenceId().size()).isEqualTo(10);
    }

    @Test
    void setCallDataComesFromADialer() throws Exception {
        SetCallDataReq request = (SetCallDataReq) decode("SET_CALL_DATA_REQ");

        assertThat(request.customerPhoneNumber()).isEqualTo("CustPhoneNum");
        assertThat(request.customerAccountNumber()).isEqualTo("CustAcctNum");
        assertThat(request.callOriginatedFrom()).isEqualTo((int) 'D');
    }

    @Test
    void controlFailureCarriesBothCodes() throws Exception {
        ControlFailureConf failure = (ControlFailureConf) decode("CONTROL_FAILURE_CONF");

        assertThat(failure.invokeId()).isEqualTo(0x01020304L);
        assertThat(failure.failureCode()).isEqualTo(0x004E);
        assertThat(failure.peripheralErrorCode()).isEqualTo(0x02030405L);
    }
}
