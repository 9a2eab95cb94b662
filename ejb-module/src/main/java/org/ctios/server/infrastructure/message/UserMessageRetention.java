package org.ctios.server.infrastructure.message;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.ctios.server.api.ServerBusyException;
import org.ctios.server.application.message.MessageRetentionSettings;
import org.ctios.server.application.message.UserMessageRecords;

/**
 * Keeps user messages {@code ctios.messages.retention-days} days (default 7): every hour, the older ones are
 * deleted (reads never show them anyway). Every server of a cluster does it; deleting what another already deleted
 * costs nothing.
 */
@Singleton
public class UserMessageRetention {

    private static final Logger LOG = Logger.getLogger(UserMessageRetention.class.getName());

    @Inject
    private UserMessageRecords records;

    @Inject
    private MessageRetentionSettings retention;

    @Schedule(hour = "*", minute = "37", persistent = false)
    void forgetOldMessages() {
        int deleted;
        try {
            deleted = records.forgetOld();
        } catch (ServerBusyException e) {
            LOG.info("user messages: old ones not deleted now, the database is busy; next hour");
            return;
        }
        if (deleted > 0) {
            LOG.info("user messages: " + deleted + " older than " + retention.days() + " days deleted");
        }
    }
}
