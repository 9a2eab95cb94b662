package org.ctios.web.api.reasoncodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReasonCodeListTest {

    private static final String SETTING = "ctios.reason-codes.not-ready";

    @Test
    void entriesAreReadInTheirOrderWithWhitespaceIgnored() {
        assertThat(ReasonCodeList.parse(SETTING, " 12 = Team meeting ,1=Break,65535=Last one"))
                .containsExactly(new ReasonCode(12, "Team meeting"), new ReasonCode(1, "Break"),
                        new ReasonCode(65_535, "Last one"));
    }

    @Test
    void aLabelMayHoldAnEqualsSign() {
        assertThat(ReasonCodeList.parse(SETTING, "7=Break = 15 min")).containsExactly(new ReasonCode(7,
                "Break = 15 min"));
    }

    @Test
    void nothingConfiguredIsAnEmptyList() {
        assertThat(ReasonCodeList.parse(SETTING, null)).isEmpty();
        assertThat(ReasonCodeList.parse(SETTING, "  ")).isEmpty();
    }

    @Test
    void theDefaultsAreValid() {
        assertThat(ReasonCodeList.parse(SETTING, ReasonCodes.NOT_READY_DEFAULT)).extracting(ReasonCode::label)
                .containsExactly("Break", "Lunch", "Meeting", "Training", "Coaching", "Outbound work");
        assertThat(ReasonCodeList.parse(ReasonCodes.LOGOUT, ReasonCodes.LOGOUT_DEFAULT))
                .containsExactly(new ReasonCode(1, "End of shift"), new ReasonCode(2, "Sick"),
                        new ReasonCode(3, "Other work"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0=None                 | '0=None' has a code outside 1..65535",
        "65536=Too big          | '65536=Too big' has a code outside 1..65535",
        "-3=Negative            | '-3=Negative' has a code outside 1..65535",
        "1=Break,2=Lunch,1=Nap  | '1=Nap' repeats code 1",
        "1=Break, 2 =           | '2 =' has a blank label",
        "1=Break,,2=Lunch       | '' is not code=label",
        "1=Break,Lunch          | 'Lunch' is not code=label",
        "one=Break              | 'one=Break' has no number as its code",
        "99999999999=Huge       | '99999999999=Huge' has no number as its code"})
    void aBadEntryIsRefusedNamingTheSettingAndTheEntry(String text, String fault) {
        assertThatThrownBy(() -> ReasonCodeList.parse(SETTING, text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(SETTING + ": the entry ").hasMessageContaining(fault);
    }

    @Test
    void theCodesUnifiedCceSetsItselfAreNamed() {
        assertThat(ReasonCodeList.setBySystem(32_767)).as("ring no answer").isTrue();
        assertThat(ReasonCodeList.setBySystem(50_001)).isTrue();
        assertThat(ReasonCodeList.setBySystem(65_535)).isTrue();
        assertThat(ReasonCodeList.setBySystem(1)).isFalse();
        assertThat(ReasonCodeList.setBySystem(32_766)).isFalse();
        assertThat(ReasonCodeList.setBySystem(50_000)).isFalse();
    }
}
