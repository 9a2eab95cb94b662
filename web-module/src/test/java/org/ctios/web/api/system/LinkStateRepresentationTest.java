package org.ctios.web.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import org.ctios.connector.api.LinkStatus;
import org.junit.jupiter.api.Test;

/** What {@code GET /api/system/link} shows every desktop: the link's state, not the operators' counters. */
class LinkStateRepresentationTest {

    private final Jsonb json = JsonbBuilder.create();   // as Payara's JAX-RS: no config of our own

    @Test
    void anOpenLinkShowsItsSideAndSinceWithoutCounters() {
        LinkStatus status = new LinkStatus(true, "B", Instant.parse("2026-11-28T08:00:00Z"),
                Instant.parse("2026-11-28T08:05:00Z"), 3, true, 12_345, 12_300, 2, false, "side A failed", false,
                45, 100, 12_400, 1, 98, 0, 0);

        assertThat(json.toJson(LinkStateRepresentation.of(status))).isEqualTo("{\"connected\":true,"
                + "\"peripheralOnline\":true,\"resynchronising\":false,\"side\":\"B\","
                + "\"since\":\"2026-11-28T08:00:00Z\"}");
    }

    @Test
    void aLostLinkSaysSoWithSinceNull() {
        LinkStatus status = new LinkStatus(false, "A", null, null, 0, false, 0, 0, 0, false, "connection refused",
                false, 0, 0, 0, 0, 0, 0, 0);

        assertThat(json.toJson(LinkStateRepresentation.of(status))).isEqualTo("{\"connected\":false,"
                + "\"peripheralOnline\":false,\"resynchronising\":false,\"side\":\"A\",\"since\":null}");
    }
}
