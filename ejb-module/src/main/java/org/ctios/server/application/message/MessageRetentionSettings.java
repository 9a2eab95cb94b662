package org.ctios.server.application.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How long user messages are kept: {@code ctios.messages.retention-days} days (default 7, at least 1). */
@ApplicationScoped
public class MessageRetentionSettings {

    public static final String PROPERTY = "ctios.messages.retention-days";

    private int retentionDays;

    /** For the container's proxy. */
    protected MessageRetentionSettings() {
    }

    @Inject
    public MessageRetentionSettings(@ConfigProperty(name = PROPERTY, defaultValue = "7") int retentionDays) {
        this.retentionDays = retentionDays;
    }

    /** The days configured; below 1 is read as 1, so a mistyped setting never keeps messages for ever. */
    public int days() {
        return Math.max(1, retentionDays);
    }

    /** The oldest a kept message may be sent at, seen from {@code now}. */
    public Instant oldestKept(Instant now) {
        return now.minus(Duration.ofDays(days()));
    }
}
