package org.ctios.server.application.wrapup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctios.server.api.view.WrapUpReason;
import org.junit.jupiter.api.Test;

/** The configured lists of wrap-up reasons: their syntax, the teams' own lists, the window. */
class WrapUpCatalogueTest {

    @Test
    void aListKeepsItsOrderAndTrimsCodesAndLabels() {
        assertThat(WrapUpReasonList.parse("k", " sale = Sale , call-back.2=Call back = later,no_outcome=No outcome"))
                .containsExactly(new WrapUpReason("sale", "Sale"), new WrapUpReason("call-back.2", "Call back = later"),
                        new WrapUpReason("no_outcome", "No outcome"));
        assertThat(WrapUpReasonList.parse("k", " ")).isEmpty();
        assertThat(WrapUpReasonList.parse("k", null)).isEmpty();
    }

    @Test
    void aBadEntryIsRefusedWithTheSettingAndTheEntry() {
        assertThatThrownBy(() -> WrapUpReasonList.parse("ctios.wrapup.reasons", "sale=Sale,lunch"))
                .hasMessage("ctios.wrapup.reasons: the entry 'lunch' is not code=label (entries are separated by ',')");
        assertThatThrownBy(() -> WrapUpReasonList.parse("k", "sale=Sale,sale=Again")).hasMessageContaining("repeats");
        assertThatThrownBy(() -> WrapUpReasonList.parse("k", "sale= ")).hasMessageContaining("blank label");
        assertThatThrownBy(() -> WrapUpReasonList.parse("k", "two words=Sale")).hasMessageContaining("letters");
        assertThatThrownBy(() -> WrapUpReasonList.parse("k", "=Sale")).hasMessageContaining("letters");
        assertThatThrownBy(() -> WrapUpReasonList.parse("k", "x".repeat(33) + "=Long"))
                .hasMessageContaining("1 to 32");
        assertThat(WrapUpReasonList.parse("k", "x".repeat(32) + "=Long")).hasSize(1);
    }

    @Test
    void aTeamsOwnListReplacesTheGlobalOneForItsAgentsOnly() {
        WrapUpCatalogue catalogue = new WrapUpCatalogue(List.of(new WrapUpReason("sale", "Sale")),
                Map.of(2, List.of(new WrapUpReason("repair", "Repair booked"))));

        assertThat(catalogue.forTeam(2)).extracting(WrapUpReason::code).containsExactly("repair");
        assertThat(catalogue.forTeam(1)).extracting(WrapUpReason::code).containsExactly("sale");
        assertThat(catalogue.forTeam(null)).extracting(WrapUpReason::code).containsExactly("sale");
        assertThat(catalogue.find(2, "sale")).isEmpty();
        assertThat(catalogue.find(1, "sale")).contains(new WrapUpReason("sale", "Sale"));
    }

    private static WrapUpSettings read(Map<String, String> values) {
        WrapUpSettings settings = new WrapUpSettings();
        settings.read(name -> Optional.ofNullable(values.get(name)), values.keySet());
        return settings;
    }

    @Test
    void theSettingsHaveDefaultsAndReadTeamsFromPropertiesAndEnvironmentVariables() {
        WrapUpSettings defaults = read(Map.of());
        assertThat(defaults.catalogue().forTeam(null)).extracting(WrapUpReason::code)
                .containsExactly("sale", "information", "complaint", "callback", "no-outcome");
        assertThat(defaults.window()).isEqualTo(Duration.ofMinutes(15));

        Map<String, String> values = new HashMap<>();
        values.put("ctios.wrapup.reasons", "a=A");
        values.put("ctios.wrapup.reasons.team.2", "b=B");
        values.put("CTIOS_WRAPUP_REASONS_TEAM_3", "c=C");
        values.put("ctios.wrapup.reasons.team.x", "ignored=no team number");
        values.put("ctios.wrapup.window", "PT2M");
        WrapUpSettings settings = read(values);
        assertThat(settings.catalogue().forTeam(1)).extracting(WrapUpReason::code).containsExactly("a");
        assertThat(settings.catalogue().forTeam(2)).extracting(WrapUpReason::code).containsExactly("b");
        assertThat(settings.catalogue().forTeam(3)).extracting(WrapUpReason::code).containsExactly("c");
        assertThat(settings.window()).isEqualTo(Duration.ofMinutes(2));
        assertThat(read(Map.of("ctios.wrapup.window", "90s")).window()).as("the short form, as every duration")
                .isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void badSettingsAreRefusedWithTheirName() {
        assertThatThrownBy(() -> read(Map.of("ctios.wrapup.reasons.team.4", "a=A,a=B")))
                .hasMessageStartingWith("ctios.wrapup.reasons.team.4: ");
        assertThatThrownBy(() -> read(Map.of("ctios.wrapup.window", "15 minutes")))
                .hasMessage("ctios.wrapup.window must be a duration such as PT2S, 200ms, 5s, 2m or 1h, was "
                        + "'15 minutes'");
        assertThatThrownBy(() -> read(Map.of("ctios.wrapup.window", "PT0S")))
                .hasMessageStartingWith("ctios.wrapup.window: ");
    }
}
