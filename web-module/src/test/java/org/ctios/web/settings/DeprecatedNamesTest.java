package org.ctios.web.settings;

import org.ctios.connector.api.settings.DurationConverter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A setting's former name is read when its own name is absent, in the setting's form, and the start says it is
 * deprecated, once.
 */
class DeprecatedNamesTest {

    private final SettingsCatalogue catalogue = SettingsCatalogue.load(getClass().getClassLoader());
    /** What the other config sources hold: system properties, environment, the application's file. */
    private final Map<String, String> configured = new HashMap<>();
    private final DeprecatedNames names = new DeprecatedNames(catalogue, configured::get);
    private final DeprecatedNamesConfigSource source = new DeprecatedNamesConfigSource(() -> names, () -> names);

    @Test
    void aFormerNameGivesTheSettingItsValueInTheSettingsForm() {
        configured.put("ctios.events.heartbeat-seconds", "20");
        configured.put("ctios.calls.stored-wait-millis", "750");

        assertThat(source.getValue("ctios.events.heartbeat")).isEqualTo("20s");
        assertThat(source.getValue("ctios.calls.stored-wait")).isEqualTo("750ms");
        assertThat(new DurationConverter().convert(source.getValue("ctios.calls.stored-wait")))
                .isEqualTo(Duration.ofMillis(750));
        assertThat(source.getValue("ctios.events.stall")).as("its former name is not set").isNull();
        assertThat(source.getPropertyNames()).containsExactlyInAnyOrder("ctios.events.heartbeat",
                "ctios.calls.stored-wait");
    }

    /** Every other source's ordinal is higher: where the setting's own name is set, that value wins. */
    @Test
    void theSettingsOwnNameWinsWhereverItIsSet() {
        assertThat(source.getOrdinal()).isLessThan(100);
        assertThat(source.getValue("ctios.events.max-streams")).isNull();
    }

    @Test
    void aFormerNamesWrongValueIsRefusedNamingIt() {
        configured.put("ctios.help.alert-seconds", "5m");

        assertThatThrownBy(() -> source.getValue("ctios.help.alert")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ctios.help.alert-seconds must be a whole number of seconds, was '5m'");
        assertThat(source.getProperties()).isEmpty();
    }

    @Test
    void theStartSaysOnceThatAFormerNameIsDeprecated() {
        configured.put("ctios.events.stall-seconds", "45");

        SettingsCheck.Result result = SettingsCheck.check(catalogue,
                key -> Optional.ofNullable(source.getValue(key)), List.of("ctios.events.stall-seconds"), names);

        assertThat(result.deprecations()).containsExactly("ctios.events.stall-seconds is deprecated: set "
                + "ctios.events.stall (a duration such as PT2S, 200ms, 5s, 2m or 1h, above zero) instead; it is read "
                + "while ctios.events.stall is not set");
        assertThat(result.unknown()).isEmpty();
        assertThat(result.wrongValues()).isEmpty();
    }
}
