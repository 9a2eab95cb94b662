package org.ctios.server.application.desk;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.ctios.server.api.ServerBusyException;
import org.ctios.server.api.view.SilentMonitorView;

/**
 * The silent monitors (and whispers) the CTI Server confirmed, by call. The switch sends no event for either (see
 * pbx-simulator/README.md), so the confirmation is all there is, and this server keeps it in memory: the server that
 * holds the CTI link sends every supervision request and so knows them all. A monitor ends on CLEAR, a barge-in by
 * the same supervisor, or with the call or the agent's leg on it, which {@link #current} prunes as it reads.
 */
@ApplicationScoped
public class SilentMonitors {

    /** Far more than the calls in progress at once; a monitor beyond it is refused rather than forgotten. */
    static final int MAX_MONITORS = 10_000;

    private final Map<Long, SilentMonitorView> byCall = new ConcurrentHashMap<>();

    /** @throws ServerBusyException when {@link #MAX_MONITORS} are kept even after those that ended are dropped */
    void started(SilentMonitorView monitor, Predicate<SilentMonitorView> stillOn) {
        if (byCall.size() >= MAX_MONITORS && !byCall.containsKey(monitor.callId())) {
            byCall.values().removeIf(stillOn.negate());
            if (byCall.size() >= MAX_MONITORS) {
                throw new ServerBusyException("more than " + MAX_MONITORS + " silent monitors at once", 5);
            }
        }
        byCall.put(monitor.callId(), monitor);
    }

    /** The call's monitor by that supervisor, if it has one. */
    Optional<SilentMonitorView> of(long callId, String supervisorId) {
        return Optional.ofNullable(byCall.get(callId)).filter(monitor -> monitor.supervisorId().equals(supervisorId));
    }

    void ended(long callId) {
        byCall.remove(callId);
    }

    /** The monitors still on; those whose call or agent leg ended are dropped. */
    List<SilentMonitorView> current(Predicate<SilentMonitorView> stillOn) {
        byCall.values().removeIf(stillOn.negate());
        return byCall.values().stream().sorted((a, b) -> Long.compare(a.callId(), b.callId())).toList();
    }
}
