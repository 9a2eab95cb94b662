package org.ctios.connector.adapter.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SerialKeysTest {

    private final SerialKeys keys = new SerialKeys();

    @Test
    void aHeldKeyMakesTheNextRequestWaitAndTimeOut() throws Exception {
        try (SerialKeys.Held held = keys.acquire(List.of("call:1"), Duration.ofSeconds(1))) {
            assertThat(held).isNotNull();
            assertThat(keys.acquire(List.of("call:1"), Duration.ofMillis(50))).isNull();
            try (SerialKeys.Held other = keys.acquire(List.of("call:2"), Duration.ofMillis(50))) {
                assertThat(other).as("another call is free").isNotNull();
            }
        }
        assertThat(keys.size()).as("keys nobody holds are forgotten").isZero();
    }

    @Test
    void aWaiterGetsTheKeyWhenItIsReleased() throws Exception {
        SerialKeys.Held first = keys.acquire(List.of("agent:1001"), Duration.ofSeconds(1));
        CompletableFuture<SerialKeys.Held> second = CompletableFuture.supplyAsync(() -> {
            try {
                return keys.acquire(List.of("agent:1001"), Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertThat(second).isNotDone();

        first.close();

        SerialKeys.Held got = second.get(5, TimeUnit.SECONDS);
        assertThat(got).isNotNull();
        got.close();
        assertThat(keys.size()).isZero();
    }

    @Test
    void twoRequestsOnTheSamePairOfCallsInOppositeOrderDoNotDeadlock() throws Exception {
        for (int round = 0; round < 200; round++) {
            CompletableFuture<Void> one = CompletableFuture.runAsync(() -> hold(List.of("call:1", "call:2")));
            CompletableFuture<Void> two = CompletableFuture.runAsync(() -> hold(List.of("call:2", "call:1")));
            CompletableFuture.allOf(one, two).get(5, TimeUnit.SECONDS);
        }
        assertThat(keys.size()).isZero();
    }

    @Test
    void aTimedOutAcquisitionOfSeveralKeysHoldsNoneOfThem() throws Exception {
        try (SerialKeys.Held held = keys.acquire(List.of("call:2"), Duration.ofSeconds(1))) {
            assertThat(keys.acquire(List.of("call:1", "call:2"), Duration.ofMillis(50))).isNull();
            try (SerialKeys.Held first = keys.acquire(List.of("call:1"), Duration.ofMillis(50))) {
                assertThat(first).as("call:1 was given back").isNotNull();
            }
        }
        assertThat(keys.size()).isZero();
    }

    private void hold(List<String> pair) {
        try (SerialKeys.Held held = keys.acquire(pair, Duration.ofSeconds(5))) {
            assertThat(held).isNotNull();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
