package org.ctios.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The names set for a server that no part declares, each with the declared one it most resembles. */
class UnknownSettingsTest {

    private final SettingsCatalogue catalogue = SettingsCatalogue.load(getClass().getClassLoader());

    @Test
    void aMisspeltNameIsReportedWithTheNameItMeant() {
        assertThat(UnknownSettings.among(List.of("ctios.events.max-stream", "ctios.cti.side-a.prot"), catalogue))
                .containsExactly(new UnknownSetting("ctios.cti.side-a.prot", "ctios.cti.side-a.port"),
                        new UnknownSetting("ctios.events.max-stream", "ctios.events.max-streams"));
    }

    @Test
    void aMisspeltEnvironmentVariableIsReportedWithTheSettingItMeant() {
        List<UnknownSetting> found = UnknownSettings.among(List.of("CTIOS_EVENTS_MAX_STREAM"), catalogue);

        assertThat(found).containsExactly(new UnknownSetting("CTIOS_EVENTS_MAX_STREAM", "ctios.events.max-streams"));
        assertThat(found.get(0).warning()).contains("CTIOS_EVENTS_MAX_STREAM", "ctios.events.max-streams",
                "(CTIOS_EVENTS_MAX_STREAMS)");
    }

    @Test
    void aDeclaredSettingInEitherFormIsNotReported() {
        assertThat(UnknownSettings.among(List.of("ctios.events.max-streams", "CTIOS_EVENTS_MAX_STREAMS",
                "ctios_events_max_streams", "ctios.cti.side-a.port", "CTIOS_CTI_SIDE_A_PORT",
                "ctios.cluster.instance-url", "CTIOS_CLUSTER_INSTANCE_URL", "ctios.datasource.url",
                "ctios.wrapup.reasons.team.3", "CTIOS_WRAPUP_REASONS_TEAM_3"), catalogue)).isEmpty();
    }

    @Test
    void deprecatedNamesRunShsOwnVariablesAndOtherNamesAreNotReported() {
        assertThat(UnknownSettings.among(List.of("ctios.events.heartbeat-seconds", "CTIOS_CALLS_STORED_WAIT_MILLIS",
                "CTIOS_HTTP_PORT", "CTIOS_SKIP_BUILD", "PATH", "mp.jwt.verify.issuer", "payara.instance.name",
                "ctiosx.other"), catalogue)).isEmpty();
    }
}
