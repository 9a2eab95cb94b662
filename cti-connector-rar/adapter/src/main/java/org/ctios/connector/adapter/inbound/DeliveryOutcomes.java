package org.ctios.connector.adapter.inbound;

/**
 * Whether the transaction a delivery ran in committed. A container that starts an endpoint's transaction in
 * {@code beforeDelivery} commits it in {@code afterDelivery}, and a commit that fails there (a constraint the flush
 * breaks, a deadlock) need not reach the adapter as an exception: Payara logs it and returns. Without this, such a
 * delivery counted as done and its events were lost.
 */
public interface DeliveryOutcomes {

    /** For endpoints outside transactions, or a container that cannot tell: nothing is known to roll back. */
    DeliveryOutcomes UNWATCHED = () -> () -> false;

    /**
     * Watches the transaction the calling thread is in now (between {@code beforeDelivery} and
     * {@code afterDelivery}); a watch of nothing when there is none.
     */
    Watch watch();

    /** One delivery's transaction. */
    @FunctionalInterface
    interface Watch {

        /** Whether the transaction has ended without committing; false while it has not ended or none was watched. */
        boolean rolledBack();
    }
}
