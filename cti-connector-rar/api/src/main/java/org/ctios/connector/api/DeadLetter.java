package org.ctios.connector.api;

import java.time.Instant;
import org.ctios.connector.api.event.EventOrigin;

/**
 * An event whose delivery failed every attempt: kept (the newest few thousand) so that nothing is lost without a
 * trace, and logged.
 *
 * @param event    the event, as text
 * @param raw      the protocol message it came from, as text
 * @param endpoint the message endpoint (MDB) that failed
 * @param error    the last failure
 */
public record DeadLetter(EventOrigin origin, String eventType, String event, String raw, String endpoint,
                         int attempts, String error, Instant at) {
}
