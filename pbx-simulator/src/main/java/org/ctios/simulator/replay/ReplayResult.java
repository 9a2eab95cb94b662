package org.ctios.simulator.replay;

import java.time.Duration;

/**
 * What a replay sent.
 *
 * @param elapsed from the first write to the last flush
 */
public record ReplayResult(int framesSent, long bytesSent, Duration elapsed) {

    public double framesPerSecond() {
        return elapsed.isZero() ? 0 : framesSent / (elapsed.toNanos() / 1e9);
    }
}
