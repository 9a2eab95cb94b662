package org.ctios.server.application.readings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ctios.server.api.ServerBusyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The switch is asked at most once per key per interval, however many read, and only when someone reads. */
class SharedReadingsTest {

    private static final Duration INTERVAL = Duration.ofSeconds(30);

    /** The present the readings see: it moves only when a test moves it. */
    private volatile Instant now = Instant.parse("2026-12-07T09:00:00Z");
    private final InstantSource clock = () -> now;
    private final AtomicInteger queries = new AtomicInteger();
    private final ExecutorService readers = Executors.newFixedThreadPool(8);

    private void advance(Duration duration) {
        now = now.plus(duration);
    }

    @AfterEach
    void stopReaders() {
        readers.shutdownNow();
    }

    private SharedReadings<String> readings(Duration wait, CountDownLatch release) {
        return new SharedReadings<>(INTERVAL, wait, clock, key -> {
            int n = queries.incrementAndGet();
            try {
                if (!release.await(5, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return key + " #" + n;
        });
    }

    @Test
    void concurrentReadersShareOneQuery() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        SharedReadings<String> readings = readings(Duration.ofSeconds(5), release);
        List<Future<SharedReadings.Reading<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(readers.submit(() -> readings.read("1001")));
        }
        Thread.sleep(200);
        release.countDown();

        for (Future<SharedReadings.Reading<String>> answer : answers) {
            assertThat(answer.get(5, TimeUnit.SECONDS).value()).isEqualTo("1001 #1");
        }
        assertThat(queries).hasValue(1);
    }

    @Test
    void aReadingIsKeptForTheIntervalThenAskedForAgain() {
        CountDownLatch released = new CountDownLatch(0);
        SharedReadings<String> readings = readings(Duration.ofSeconds(5), released);

        Instant first = readings.read("1001").at();
        advance(INTERVAL.minusSeconds(1));
        assertThat(readings.read("1001").value()).isEqualTo("1001 #1");
        assertThat(readings.read("1002").value()).as("another agent has its own reading").isEqualTo("1002 #2");
        advance(Duration.ofSeconds(1));
        SharedReadings.Reading<String> refreshed = readings.read("1001");

        assertThat(refreshed.value()).isEqualTo("1001 #3");
        assertThat(refreshed.at()).isEqualTo(first.plus(INTERVAL));
        assertThat(queries).hasValue(3);
    }

    @Test
    void nobodyReadingMeansNoQuery() {
        readings(Duration.ofSeconds(5), new CountDownLatch(0));
        advance(Duration.ofHours(1));

        assertThat(queries).hasValue(0);
    }

    @Test
    void aFailedQueryIsNotRepeatedWithinTheInterval() {
        SharedReadings<String> readings = new SharedReadings<>(INTERVAL, Duration.ofSeconds(1), clock, key -> {
            queries.incrementAndGet();
            throw new IllegalArgumentException("refused: " + key);
        });

        assertThat(readings.read("4242").failure()).hasMessage("refused: 4242");
        assertThat(readings.read("4242").failure()).hasMessage("refused: 4242");
        assertThat(queries).hasValue(1);
        advance(INTERVAL);
        readings.read("4242");
        assertThat(queries).hasValue(2);
    }

    @Test
    void aReaderWaitsForTheSharedQueryOnlyWithinItsBound() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        SharedReadings<String> readings = readings(Duration.ofMillis(200), release);
        Future<SharedReadings.Reading<String>> asking = readers.submit(() -> readings.read("1001"));
        while (queries.get() == 0) {
            Thread.sleep(10);
        }

        assertThatThrownBy(() -> readings.read("1001")).isInstanceOf(ServerBusyException.class)
                .hasMessageContaining("1001");
        release.countDown();
        assertThat(asking.get(5, TimeUnit.SECONDS).value()).isEqualTo("1001 #1");
        assertThat(queries).hasValue(1);
    }

    @Test
    void theLastReadingIsGivenWithoutAskingHoweverOld() {
        SharedReadings<String> readings = readings(Duration.ofSeconds(5), new CountDownLatch(0));

        assertThat(readings.last("1001")).as("never read").isEmpty();
        readings.read("1001");
        advance(INTERVAL.multipliedBy(3));

        assertThat(readings.last("1001")).get().extracting(SharedReadings.Reading::value).isEqualTo("1001 #1");
        assertThat(queries).hasValue(1);
    }
}
