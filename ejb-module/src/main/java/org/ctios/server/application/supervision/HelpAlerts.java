package org.ctios.server.application.desk;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.ctios.server.api.view.HelpAlertView;

/**
 * The open calls for help, one per agent at most (a new one replaces the agent's last): bounded by the agents. Kept
 * in the memory of the server that holds the CTI link, which sends every request and so opens every alert; an alert
 * closes when a supervisor takes its call ({@link #taken}), and is dropped as it is read once its call ended or it
 * expired.
 */
@ApplicationScoped
public class HelpAlerts {

    private final Map<String, HelpAlertView> byAgent = new ConcurrentHashMap<>();
    private final Clock clock;

    public HelpAlerts() {
        this(Clock.systemUTC());
    }

    HelpAlerts(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    void open(HelpAlertView alert) {
        byAgent.put(alert.agentId(), alert);
    }

    /** A supervisor took the call: its alert, if one was open, closes. */
    Optional<HelpAlertView> taken(long callId) {
        Optional<HelpAlertView> alert = byAgent.values().stream()
                .filter(open -> open.callId() != null && open.callId() == callId).findFirst();
        alert.ifPresent(open -> byAgent.remove(open.agentId(), open));
        return alert;
    }

    /** @param callGoesOn whether a call is still in progress */
    List<HelpAlertView> open(Predicate<Long> callGoesOn) {
        Instant now = now();
        byAgent.values().removeIf(alert -> !alert.expiresAt().isAfter(now)
                || alert.callId() != null && !callGoesOn.test(alert.callId()));
        return byAgent.values().stream().sorted(Comparator.comparing(HelpAlertView::raisedAt)).toList();
    }
}
