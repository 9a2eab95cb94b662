package org.ctios.web.settings;

import org.ctios.connector.api.settings.DurationConverter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The start's check of the values set: every wrong one named with what it must be; durations in either form. */
class SettingsCheckTest {

    private final SettingsCatalogue catalogue = SettingsCatalogue.load(getClass().getClassLoader());
    private final Map<String, String> values = new HashMap<>();

    private SettingsCheck.Result check() {
        return SettingsCheck.check(catalogue, key -> Optional.ofNullable(values.get(key)), values.keySet(),
                new DeprecatedNames(catalogue, key -> null));
    }

    @Test
    void everyWrongValueIsNamedWithWhatItMustBe() {
        values.put("ctios.events.heartbeat", "often");
        values.put("ctios.events.max-streams", "0");
        values.put("ctios.security.demo-users", "yes");
        values.put("ctios.cti.side-a.port", "70000");
        values.put("ctios.teams.source", "both");

        assertThat(check().wrongValues()).containsExactlyInAnyOrder(
                "ctios.events.heartbeat must be a duration such as PT2S, 200ms, 5s, 2m or 1h, above zero, was 'often'",
                "ctios.events.max-streams must be a whole number from 1 to 2147483647, was '0'",
                "ctios.security.demo-users must be true or false, was 'yes'",
                "ctios.cti.side-a.port must be a whole number from 1 to 65535, was '70000'",
                "ctios.teams.source must be switch or organisation, was 'both'");
    }

    @Test
    void rightValuesPassAndAReferenceTheConnectorResolvesIsLeftToIt() {
        values.put("ctios.events.heartbeat", "PT20S");
        values.put("ctios.calls.stored-wait", "750ms");
        values.put("ctios.cti.heartbeat-interval", "PT5S");
        values.put("ctios.cti.side-a.port", "${ENV=CTI_PORT}");
        values.put("ctios.wrapup.reasons.team.3", "sale=Sale");

        assertThat(check().wrongValues()).isEmpty();
    }

    @Test
    void durationsAreReadInBothFormsAndNothingElse() {
        DurationConverter converter = new DurationConverter();

        assertThat(converter.convert("PT2S")).isEqualTo(Duration.ofSeconds(2));
        assertThat(converter.convert("P1D")).isEqualTo(Duration.ofDays(1));
        assertThat(converter.convert("200ms")).isEqualTo(Duration.ofMillis(200));
        assertThat(converter.convert(" 5s ")).isEqualTo(Duration.ofSeconds(5));
        assertThat(converter.convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(converter.convert("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(converter.convert("90")).as("a bare number is seconds").isEqualTo(Duration.ofSeconds(90));
        assertThat(converter.convert("")).isNull();
        for (String wrong : new String[] {"5 minutes", "PT", "-5s", "PT-1S", "1.5s", "5d", "s"}) {
            assertThatThrownBy(() -> converter.convert(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("must be a duration such as PT2S, 200ms, 5s, 2m or 1h, was '" + wrong + "'");
        }
        assertThatThrownBy(() -> org.ctios.connector.api.settings.DurationText.parse("ctios.wrapup.window", "soon"))
                .hasMessage("ctios.wrapup.window must be a duration such as PT2S, 200ms, 5s, 2m or 1h, was 'soon'");
    }
}
