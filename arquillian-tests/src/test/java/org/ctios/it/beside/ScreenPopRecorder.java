package org.ctios.it.beside;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.ArrayList;
import java.util.List;
import org.ctios.server.events.CallDeliveredNotice;

/**
 * An application deployed beside CTI OS, as the README shows one: it pops a screen for every call delivered to an
 * agent. Here it only remembers the latest notices, so the test can read what it observed.
 */
@ApplicationScoped
public class ScreenPopRecorder {

    private static final int KEPT = 1_000;

    private final List<CallDeliveredNotice> observed = new ArrayList<>();

    void screenPop(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallDeliveredNotice delivered) {
        synchronized (observed) {
            if (observed.size() == KEPT) {
                observed.remove(0);
            }
            observed.add(delivered);
        }
    }

    public List<CallDeliveredNotice> observed() {
        synchronized (observed) {
            return List.copyOf(observed);
        }
    }
}
