package org.ctios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProcessMemoryTest {

    @Test
    void readsTheResidentSetFromProcStatus() {
        String status = "Name:\tjava\nVmPeak:\t 4000000 kB\nVmRSS:\t  524288 kB\nRssAnon:\t 400000 kB\n";

        assertThat(ProcessMemory.residentMegabytes(status)).isEqualTo(OptionalLong.of(512));
    }

    @Test
    void readsTheHeapInUseFromJcmdsHeapInfo() {
        String heapInfo = "12345:\n garbage-first heap   total 262144K, used 122880K [0x00000000c0000000, "
                + "0x0000000100000000)\n  region size 1024K, 60 young (61440K), 5 survivors (5120K)\n Metaspace"
                + "       used 98304K, committed 99000K, reserved 1138688K\n";

        assertThat(ProcessMemory.heapUsedMegabytes(heapInfo)).isEqualTo(OptionalLong.of(120));
    }

    @Test
    void saysNothingWhenTheTextHasNoFigure() {
        assertThat(ProcessMemory.residentMegabytes("Name:\tjava\n")).isEmpty();
        assertThat(ProcessMemory.heapUsedMegabytes("12345:\nAttachNotSupportedException")).isEmpty();
    }

    @Test
    void readsThisJvmsOwnMemory() throws InterruptedException {
        long pid = ProcessHandle.current().pid();

        assertThat(ProcessMemory.residentMegabytes(pid).orElseThrow()).isPositive();
        assertThat(ProcessMemory.heapUsedMegabytes(pid).orElseThrow()).isPositive();
    }
}
