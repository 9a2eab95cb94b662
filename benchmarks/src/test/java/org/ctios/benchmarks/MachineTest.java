package org.ctios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MachineTest {

    @Test
    void readsTheOneMinuteLoadAverage() {
        assertThat(Machine.loadAverage("0.61 0.40 0.33 1/245 1234\n")).isEqualTo(0.61);
        assertThat(Machine.loadAverage("")).isEqualTo(-1);
    }
}
