package org.ctios.server.application.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.ctios.server.api.view.HelpAlertView;
import org.ctios.server.events.HelpAlertNotice;

/**
 * The open calls for help, one per agent at most (a new one replaces the agent's last): bounded by the agents, and
 * by {@link #MAX_ALERTS} whatever the CTI Server names. Kept on every server of a cluster from the
 * {@link HelpAlertNotice}s its live model shows ({@link SupervisionNoticesApplied}): raised when the CTI Server's
 * assist or emergency event is applied, taken when a supervisor joins or monitors the call; dropped as it is read
 * once its call ended or it expired.
 */
@ApplicationScoped
public class HelpAlerts {

    /** Far more than the agents of a contact centre; beyond it the oldest alert makes room. */
    static final int MAX_ALERTS = 10_000;

    private final Map<String, HelpAlertView> byAgent = new ConcurrentHashMap<>();
    private final Clock clock;

    public HelpAlerts() {
        this(Clock.systemUTC());
    }

    public HelpAlerts(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** The open alert about that call, if any. */
    public Optional<HelpAlertView> about(long callId) {
        return byAgent.values().stream().filter(open -> open.callId() != null && open.callId() == callId)
                .findFirst();
    }

    /**
     * Whether the agent already has an open alert of that kind about that call: the same request heard again (the
     * CTI Server tells it to every session, and may tell one session twice), not a new one.
     */
    public boolean isOpen(String agentId, Long callId, boolean emergency) {
        HelpAlertView open = byAgent.get(agentId);
        return open != null && open.emergency() == emergency && Objects.equals(open.callId(), callId)
                && open.expiresAt().isAfter(now());
    }

    /** @param callGoesOn whether a call is still in progress */
    public List<HelpAlertView> open(Predicate<Long> callGoesOn) {
        Instant now = now();
        byAgent.values().removeIf(alert -> !alert.expiresAt().isAfter(now)
                || alert.callId() != null && !callGoesOn.test(alert.callId()));
        return byAgent.values().stream().sorted(Comparator.comparing(HelpAlertView::raisedAt)).toList();
    }

    /** An alert raised (it replaces the agent's last) or taken (it closes, unless a newer one replaced it). */
    void apply(HelpAlertNotice notice) {
        HelpAlertView alert = notice.alert();
        if (!notice.raised()) {
            byAgent.remove(alert.agentId(), alert);
            return;
        }
        if (byAgent.size() >= MAX_ALERTS && !byAgent.containsKey(alert.agentId())) {
            byAgent.values().stream().min(Comparator.comparing(HelpAlertView::raisedAt))
                    .ifPresent(oldest -> byAgent.remove(oldest.agentId(), oldest));
        }
        byAgent.put(alert.agentId(), alert);
    }

    /** The call ended: no alert about it stays open. */
    void callEnded(long callId) {
        byAgent.values().removeIf(alert -> alert.callId() != null && alert.callId() == callId);
    }
}
