package org.ctios.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.ctios.server.events.CallChangedNotice;
import org.ctios.server.events.CallHeldNotice;
import org.junit.jupiter.api.Test;

class CallChangeSignalsTest {

    private final CallChangeSignals signals = new CallChangeSignals();

    @Test
    void aStoredChangeWakesTheWatchersOfThatCallOnly() {
        try (CallChangeSignals.Watch watch = signals.watch()) {
            watch.add(7);
            CompletableFuture<Void> change = watch.arm();

            signals.onCallNotice(new CallHeldNotice(8, "2001"));
            assertThat(change).as("another call").isNotDone();

            signals.onCallChanged(new CallChangedNotice(7, "CallTransferred"));
            assertThat(change).isDone();
            assertThat(watch.arm()).as("a fresh future waits for the next change").isNotDone();
        }
    }

    @Test
    void aClosedWatchIsForgotten() {
        CallChangeSignals.Watch watch = signals.watch();
        watch.add(7);
        CompletableFuture<Void> change = watch.arm();
        watch.close();

        signals.signal(7);

        assertThat(change).isNotDone();
    }

    @Test
    void watchesAreLimited() {
        List<CallChangeSignals.Watch> watches = new ArrayList<>();
        for (int i = 0; i < CallChangeSignals.MAX_WATCHES; i++) {
            CallChangeSignals.Watch watch = signals.watch();
            assertThat(watch.add(i)).isTrue();
            watches.add(watch);
        }
        CallChangeSignals.Watch oneTooMany = signals.watch();

        assertThat(oneTooMany.add(5_000)).isFalse();
        watches.get(0).close();
        assertThat(oneTooMany.add(5_000)).as("room again").isTrue();
    }
}
