package org.ctios.web.api.reasoncodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ctios.protocol.types.AgentState;
import org.junit.jupiter.api.Test;

/** The bean as the container starts it: both settings read once, a bad one stops the start. */
class ReasonCodesTest {

    private static ReasonCodes configured(String notReady, String logout) {
        ReasonCodes codes = new ReasonCodes();
        codes.notReadyText = notReady;
        codes.logoutText = logout;
        codes.read();
        return codes;
    }

    @Test
    void bothListsAreRead() {
        ReasonCodes codes = configured("10=Break,11=Lunch", "20=End of shift");

        assertThat(codes.notReady()).containsExactly(new ReasonCode(10, "Break"), new ReasonCode(11, "Lunch"));
        assertThat(codes.logout()).containsExactly(new ReasonCode(20, "End of shift"));
    }

    @Test
    void aBadLogoutListStopsTheStartNamingItsSetting() {
        assertThatThrownBy(() -> configured(ReasonCodes.NOT_READY_DEFAULT, "1=End of shift,1=Sick"))
                .hasMessageStartingWith("ctios.reason-codes.logout: the entry '1=Sick' repeats code 1");
    }

    @Test
    void aSystemCodeIsOfferedAsConfigured() {
        assertThat(configured("1=Break,32767=Ring no answer", "50002=System logout").logout())
                .containsExactly(new ReasonCode(50_002, "System logout"));
    }

    @Test
    void theListsLabelTheirCodesForTheAgentsShown() {
        ReasonCodes codes = configured("10=Break,11=Lunch", "11=Sick");

        assertThat(codes.labels().label(AgentState.NOT_READY, 11)).isEqualTo("Lunch");
        assertThat(codes.labels().label(AgentState.LOGOUT, 11)).isEqualTo("Sick");
        assertThat(codes.labels().label(AgentState.NOT_READY, 32_767)).isEqualTo("Call not answered");
    }
}
