package org.ctios.server.application;

import java.time.Duration;
import org.ctios.connector.api.event.CtiEvent;

/** What operations monitoring learns about each event the application is handed: counts per type and latency. */
public interface ApplyMetrics {

    /** Monitoring that keeps nothing, where there is none. */
    ApplyMetrics NONE = new ApplyMetrics() {
        @Override
        public void received(CtiEvent event) {
        }

        @Override
        public void applied(CtiEvent event, Duration latency) {
        }

        @Override
        public void rolledBack(CtiEvent event) {
        }
    };

    /** The event was handed to the application, in a transaction not yet ended. */
    void received(CtiEvent event);

    /** Its transaction committed, {@code latency} after the connector read the event off the socket. */
    void applied(CtiEvent event, Duration latency);

    /** Its transaction rolled back; the adapter delivers it again. */
    void rolledBack(CtiEvent event);
}
