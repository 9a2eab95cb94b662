package org.ctios.server.infrastructure.timeline;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.ctios.server.application.timeline.AgentTimelineQueries;
import org.ctios.server.infrastructure.retention.RetentionRun;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the agents' timelines {@code ctios.timeline.retention-days} days (default 31): every hour, the older lines
 * are deleted. Every server of a cluster does it; deleting what another already deleted costs nothing.
 */
@Singleton
public class TimelineRetention {

    private static final Logger LOG = Logger.getLogger(TimelineRetention.class.getName());

    @Inject
    private AgentTimelineQueries timelines;

    @Inject
    @ConfigProperty(name = "ctios.timeline.retention-days", defaultValue = "31")
    private int retentionDays;

    @Schedule(hour = "*", minute = "37", persistent = false)
    void forgetOldLines() {
        RetentionRun.run(LOG, "agent timeline", "ctios.timeline.retention-days", retentionDays,
                timelines::forgetBefore);
    }
}
