package org.ctios.server.application.supervision;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ctios.server.application.live.LiveModel;
import org.ctios.server.events.CallEndedNotice;
import org.ctios.server.events.HelpAlertNotice;
import org.ctios.server.events.Notice;
import org.ctios.server.events.SilentMonitorNotice;

/**
 * Keeps {@link SilentMonitors} and {@link HelpAlerts} from the notices of every version the live model shows,
 * committed here or relayed from the server that holds the CTI link: so every server of a cluster shows the same
 * monitors and alerts, and the server that takes the link over already has them. A call's end ends its monitor and
 * closes its alert. Listens from the application's start ({@link #follow()}, called by the object server's start),
 * before any request can commit a supervision change.
 */
@ApplicationScoped
public class SupervisionNoticesApplied {

    private SilentMonitors monitors;
    private HelpAlerts alerts;
    private LiveModel live;
    private final LiveModel.Listener listener = (version, change, replaced) -> apply(change.notices());
    private final AtomicBoolean following = new AtomicBoolean();

    /** For the container's proxy. */
    protected SupervisionNoticesApplied() {
    }

    @Inject
    public SupervisionNoticesApplied(SilentMonitors monitors, HelpAlerts alerts, LiveModel live) {
        this.monitors = monitors;
        this.alerts = alerts;
        this.live = live;
    }

    /** Starts following the notices; calling it again changes nothing. */
    public void follow() {
        if (following.compareAndSet(false, true)) {
            live.subscribe(listener);
        }
    }

    @PreDestroy
    void stop() {
        if (following.compareAndSet(true, false)) {
            live.unsubscribe(listener);
        }
    }

    /** The notices of one committed change, in their order. */
    public void apply(List<Notice> notices) {
        for (Notice notice : notices) {
            if (notice instanceof SilentMonitorNotice monitor) {
                monitors.apply(monitor);
            } else if (notice instanceof HelpAlertNotice alert) {
                alerts.apply(alert);
            } else if (notice instanceof CallEndedNotice ended) {
                monitors.callEnded(ended.callId());
                alerts.callEnded(ended.callId());
            }
        }
    }
}
