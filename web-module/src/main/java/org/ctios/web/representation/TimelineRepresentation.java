package org.ctios.web.representation;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import org.ctios.server.api.view.AgentStateChangeView;
import org.ctios.server.api.view.TimelinePage;
import org.ctios.web.reasons.ReasonLabels;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of an agent's timeline as the REST API shows it: each state it entered, oldest first, with the reason's
 * label; a state lasts until the next line.
 */
@Schema(description = "A page of an agent's state changes, oldest first; total counts every change in the range",
        example = "{\"entries\": [{\"state\": \"NOT_READY\", \"reasonCode\": 2, \"reasonLabel\": \"Lunch\", "
                + "\"enteredAt\": \"2026-11-28T12:00:00Z\"}], \"total\": 1, \"offset\": 0, \"limit\": 100}")
public record TimelineRepresentation(List<Entry> entries, long total, int offset, int limit) {

    /** One state the agent entered. */
    public record Entry(String state, int reasonCode,
                        @JsonbNillable @Schema(nullable = true, description = "The reason code's label; null for 0")
                        String reasonLabel,
                        Instant enteredAt) {
    }

    public static TimelineRepresentation of(TimelinePage page, ReasonLabels labels) {
        return new TimelineRepresentation(page.entries().stream().map(entry -> entry(entry, labels)).toList(),
                page.total(), page.offset(), page.limit());
    }

    private static Entry entry(AgentStateChangeView entry, ReasonLabels labels) {
        return new Entry(entry.state().name(), entry.reasonCode(), labels.label(entry.state(), entry.reasonCode()),
                entry.enteredAt());
    }
}
