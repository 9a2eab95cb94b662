package org.ctios.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.ctios.connector.api.LinkStatus;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class CtiLinkReadinessTest {

    private static final Instant SINCE = Instant.parse("2026-11-28T09:00:00Z");

    @Test
    void readyWithAnOpenResynchronisedLink() {
        HealthCheckResponse response = new CtiLinkReadiness(() -> link(true, false)).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData()).hasValueSatisfying(data -> {
            assertThat(data).containsEntry("side", "B").containsEntry("since", SINCE.toString())
                    .containsEntry("reconnects", 2L);
        });
    }

    @Test
    void notReadyWhileTheLinkIsDownOrResynchronising() {
        assertThat(new CtiLinkReadiness(() -> link(false, false)).call().getStatus())
                .isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(new CtiLinkReadiness(() -> link(true, true)).call().getStatus())
                .isEqualTo(HealthCheckResponse.Status.DOWN);
    }

    @Test
    void aStandbyServerIsReadyWhileAnotherServerOfItsClusterHoldsTheLink() {
        LinkStatus standby = new LinkStatus(false, null, null, null, 0, false, 0, 0, 0, false, null, true,
                0, 0, 0, 0, 0, 0, 0);

        HealthCheckResponse held = new CtiLinkReadiness(() -> standby,
                () -> Optional.of("http://10.0.0.6:8080/cti")).call();
        HealthCheckResponse changingHands = new CtiLinkReadiness(() -> standby, Optional::empty).call();

        assertThat(held.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(held.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("standby", true)
                .containsEntry("heldElsewhere", true));
        assertThat(String.valueOf(held.getData())).as("the holder's URL is for signed-in operators")
                .doesNotContain("10.0.0.6");
        assertThat(changingHands.getStatus()).as("no server holds the link").isEqualTo(
                HealthCheckResponse.Status.DOWN);
        assertThat(changingHands.getData()).hasValueSatisfying(data -> assertThat(data)
                .containsEntry("heldElsewhere", false));
    }

    @Test
    void aLostLinkDoesNotSayWhyWhichWouldNameTheCtiServersHostAndPort() {
        HealthCheckResponse response = new CtiLinkReadiness(() -> new LinkStatus(false, "A", null, null, 0, false, 0,
                0, 0, false, "side A (ctiserver-a.example:42027): Connection refused", false, 0, 0, 0, 0, 0, 0, 0)).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData()).hasValueSatisfying(data -> {
            assertThat(data).containsEntry("connected", false).doesNotContainKey("lastError");
            assertThat(String.valueOf(data)).doesNotContain("ctiserver-a", "42027");
        });
    }

    private static LinkStatus link(boolean connected, boolean resynchronising) {
        return new LinkStatus(connected, "B", connected ? SINCE : null, SINCE, 2, true, 10, 10, 0, resynchronising,
                null, false, 0, 0, 0, 0, 0, 0, 0);
    }
}
