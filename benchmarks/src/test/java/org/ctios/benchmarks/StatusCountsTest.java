package org.ctios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The answers by status, with the server's intended refusals (429, 503) apart from errors. */
class StatusCountsTest {

    @Test
    void countsRefusalsApartFromErrors() {
        StatusCounts counts = new StatusCounts();
        for (int i = 0; i < 5; i++) {
            counts.add(200);
        }
        counts.add(202);
        counts.add(429);
        counts.add(429);
        counts.add(503);
        counts.add(500);
        counts.add(504);
        counts.add(409);
        counts.noAnswer();

        StatusCounts.Counts counted = counts.counts();

        assertThat(counted.total()).isEqualTo(13);
        assertThat(counted.successful()).isEqualTo(6);
        assertThat(counted.tooManyRequests()).isEqualTo(2);
        assertThat(counted.unavailable()).isEqualTo(1);
        assertThat(counted.serverErrors()).as("5xx but 503").isEqualTo(2);
        assertThat(counted.clientErrors()).as("4xx but 429").isEqualTo(1);
        assertThat(counted.noAnswer()).isEqualTo(1);
        assertThat(counted.text()).isEqualTo("no answer: 1, 200: 5, 202: 1, 409: 1, 429: 2, 500: 1, 503: 1, 504: 1");
    }

    @Test
    void nothingCounted() {
        StatusCounts.Counts counted = new StatusCounts().counts();

        assertThat(counted.total()).isZero();
        assertThat(counted.serverErrors()).isZero();
        assertThat(counted.text()).isEqualTo("none");
    }

    @Test
    void thousandsAreGrouped() {
        StatusCounts counts = new StatusCounts();
        for (int i = 0; i < 2_200; i++) {
            counts.add(200);
        }

        assertThat(counts.counts().text()).isEqualTo("200: 2,200");
    }
}
