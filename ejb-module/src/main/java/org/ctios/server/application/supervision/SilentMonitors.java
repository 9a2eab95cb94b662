package org.ctios.server.application.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.ctios.server.api.ServerBusyException;
import org.ctios.server.api.view.SilentMonitorView;
import org.ctios.server.events.SilentMonitorNotice;

/**
 * The silent monitors (and whispers) the CTI Server confirmed, by call. The switch sends no event for either (see
 * pbx-simulator/README.md), so the confirmation is all there is: the server that holds the link commits it as a
 * {@link SilentMonitorNotice}, and every server of a cluster, that one included, keeps its monitors from the notices
 * its live model shows ({@link SupervisionNoticesApplied}). A monitor ends on CLEAR, a barge-in by the same
 * supervisor, or with its call, and {@link #current} also drops those whose agent left the call as it reads.
 */
@ApplicationScoped
public class SilentMonitors {

    /** Far more than the calls in progress at once; a monitor beyond it is refused before it is asked for. */
    static final int MAX_MONITORS = 10_000;

    private final Map<Long, SilentMonitorView> byCall = new ConcurrentHashMap<>();

    /**
     * Checked before a monitor is asked for.
     *
     * @throws ServerBusyException when {@link #MAX_MONITORS} are kept even after those no longer on are dropped
     */
    public void requireRoomFor(long callId, Predicate<SilentMonitorView> stillOn) {
        if (byCall.size() >= MAX_MONITORS && !byCall.containsKey(callId)) {
            byCall.values().removeIf(stillOn.negate());
            if (byCall.size() >= MAX_MONITORS) {
                throw new ServerBusyException("more than " + MAX_MONITORS + " silent monitors at once", 5);
            }
        }
    }

    /** The call's monitor by that supervisor, if it has one. */
    public Optional<SilentMonitorView> of(long callId, String supervisorId) {
        return Optional.ofNullable(byCall.get(callId)).filter(monitor -> monitor.supervisorId().equals(supervisorId));
    }

    /** The monitors still on; those whose call or agent leg ended are dropped. */
    public List<SilentMonitorView> current(Predicate<SilentMonitorView> stillOn) {
        byCall.values().removeIf(stillOn.negate());
        return byCall.values().stream().sorted(Comparator.comparingLong(SilentMonitorView::callId)).toList();
    }

    /**
     * A monitor began or ended, as committed on the server that holds the link. Never refused (a server that only
     * follows must keep what the holder kept): at the bound the oldest monitor makes room.
     */
    void apply(SilentMonitorNotice notice) {
        SilentMonitorView monitor = notice.monitor();
        if (notice.ended()) {
            byCall.remove(monitor.callId(), monitor);
            return;
        }
        if (byCall.size() >= MAX_MONITORS && !byCall.containsKey(monitor.callId())) {
            byCall.values().stream().min(Comparator.comparing(SilentMonitorView::since))
                    .ifPresent(oldest -> byCall.remove(oldest.callId(), oldest));
        }
        byCall.put(monitor.callId(), monitor);
    }

    /** The call ended: no monitor of it goes on. */
    void callEnded(long callId) {
        byCall.remove(callId);
    }
}
