package org.ctios.server.infrastructure.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.ctios.protocol.types.SupervisoryAction;
import org.ctios.server.api.view.EndReason;
import org.ctios.server.api.view.HelpAlertView;
import org.ctios.server.api.view.SilentMonitorView;
import org.ctios.server.application.live.LiveChange;
import org.ctios.server.application.supervision.HelpAlerts;
import org.ctios.server.application.supervision.SilentMonitors;
import org.ctios.server.application.supervision.SupervisionNoticesApplied;
import org.ctios.server.events.CallEndedNotice;
import org.ctios.server.events.HelpAlertNotice;
import org.ctios.server.events.Notice;
import org.ctios.server.events.SilentMonitorNotice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The supervision a standby shows is the holder's: each change the holder commits crosses the grid as text
 * ({@link ChangeCodec}) and the standby's stores apply its notices as the holder's applied them, so both answer the
 * same monitors and alerts (what {@code GET /teams/{id}} shows), and a standby that takes the link over goes on
 * from them.
 */
class RelayedSupervisionTest {

    /** Now: the stores drop an alert past its expiry on their own clock. */
    private static final Instant AT = Instant.now();
    private static final HelpAlertView ASSIST_1001 = new HelpAlertView("1001", 1, 7L, false, AT, AT.plusSeconds(300));
    private static final HelpAlertView EMERGENCY_1002 = new HelpAlertView("1002", 1, 8L, true, AT,
            AT.plusSeconds(300));
    private static final SilentMonitorView MONITOR_OF_1001 = new SilentMonitorView(7, "1001", 1, "1009",
            SupervisoryAction.MONITOR, AT.plusSeconds(5));

    /** One server's stores, following the notices of the changes its live model shows. */
    private static final class Server {
        final SilentMonitors monitors = new SilentMonitors();
        final HelpAlerts alerts = new HelpAlerts();
        final SupervisionNoticesApplied applied = new SupervisionNoticesApplied(monitors, alerts, null);

        List<SilentMonitorView> monitors() {
            return monitors.current(monitor -> true);
        }

        List<HelpAlertView> alerts() {
            return alerts.open(callId -> true);
        }
    }

    private final Server holder = new Server();
    private final Server standby = new Server();
    private final ChangeCodec codec = new ChangeCodec();

    @AfterEach
    void close() {
        codec.close();
    }

    /** Committed on the holder, published, received and committed on the standby. */
    private void committed(Notice... notices) {
        LiveChange change = LiveChange.of(List.of(), List.of(), List.of(), List.of(notices), false);
        holder.applied.apply(change.notices());
        standby.applied.apply(codec.decode(codec.encode(change)).notices());
    }

    @Test
    void aStandbyShowsTheHoldersMonitorsAndAlertsAndGoesOnFromThemAfterATakeover() {
        committed(new HelpAlertNotice(ASSIST_1001, null));
        committed(new HelpAlertNotice(EMERGENCY_1002, null));
        committed(new HelpAlertNotice(ASSIST_1001, "1009"), new SilentMonitorNotice(MONITOR_OF_1001, false));

        assertThat(standby.monitors()).containsExactly(MONITOR_OF_1001).isEqualTo(holder.monitors());
        assertThat(standby.alerts()).as("the assist taken by the monitor").containsExactly(EMERGENCY_1002)
                .isEqualTo(holder.alerts());

        // the holder dies; the standby holds the link and goes on from what it kept
        standby.applied.apply(List.of(new SilentMonitorNotice(MONITOR_OF_1001, true),
                new CallEndedNotice(8, "key-8", EndReason.ENDED, List.of("1002"))));

        assertThat(standby.monitors()).isEmpty();
        assertThat(standby.alerts()).isEmpty();
    }
}
