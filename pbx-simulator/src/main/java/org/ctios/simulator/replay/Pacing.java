package org.ctios.simulator.replay;

/** How fast a replay sends its frames. */
public sealed interface Pacing {

    /** Frames sent per write and flush. */
    int batchSize();

    /** A steady rate, in small batches so the stream stays smooth. */
    static Pacing fixedRate(double framesPerSecond) {
        return new FixedRate(framesPerSecond);
    }

    /** As fast as the socket takes them: the client's reading speed (TCP back-pressure) sets the pace. */
    static Pacing asFastAsPossible() {
        return new AsFastAsPossible();
    }

    /** @param framesPerSecond more than 0 */
    record FixedRate(double framesPerSecond) implements Pacing {

        /** A batch is about two milliseconds' worth of frames. */
        private static final double BATCH_SECONDS = 0.002;
        private static final int MAX_BATCH = 64;

        public FixedRate {
            if (!(framesPerSecond > 0) || Double.isInfinite(framesPerSecond)) {
                throw new IllegalArgumentException("a fixed rate must be above 0 frames/s, was " + framesPerSecond);
            }
        }

        @Override
        public int batchSize() {
            return (int) Math.max(1, Math.min(MAX_BATCH, Math.round(framesPerSecond * BATCH_SECONDS)));
        }

        /** When the frame at {@code index} (counted from the replay's first) is due, after the replay's start. */
        long dueAfterNanos(long index) {
            return (long) (index * 1e9 / framesPerSecond);
        }
    }

    record AsFastAsPossible() implements Pacing {

        @Override
        public int batchSize() {
            return 256;
        }
    }
}
