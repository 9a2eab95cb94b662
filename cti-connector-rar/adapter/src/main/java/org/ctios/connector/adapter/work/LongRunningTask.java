package org.ctios.connector.adapter.work;

/** The body of one long-running Work, and how to make it end soon. */
public interface LongRunningTask extends Runnable {

    /**
     * Asks {@link #run()} to return soon; called from another thread (the container's, releasing the Work), it
     * returns at once.
     */
    void release();

    static LongRunningTask of(Runnable body, Runnable release) {
        return new LongRunningTask() {
            @Override
            public void run() {
                body.run();
            }

            @Override
            public void release() {
                release.run();
            }
        };
    }
}
