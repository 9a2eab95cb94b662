package org.ctios.connector.adapter;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctios.connector.adapter.inbound.DeliveryOutcomes;

/**
 * {@link DeliveryOutcomes} from the container's transaction registry (JCA's
 * {@code BootstrapContext.getTransactionSynchronizationRegistry()}): each watched delivery registers an interposed
 * synchronization on the endpoint's transaction, which hears how it ended.
 */
final class TransactionRegistryOutcomes implements DeliveryOutcomes {

    private static final Logger LOG = Logger.getLogger(TransactionRegistryOutcomes.class.getName());
    private static final Watch NOTHING = () -> false;

    private final TransactionSynchronizationRegistry registry;

    TransactionRegistryOutcomes(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Watch watch() {
        try {
            if (registry.getTransactionKey() == null) {
                return NOTHING;
            }
            Ending ending = new Ending();
            registry.registerInterposedSynchronization(ending);
            return ending;
        } catch (IllegalStateException e) {
            // Marked for rollback already: the endpoint's invocation reports that itself.
            LOG.log(Level.FINE, "a delivery's transaction could not be watched", e);
            return NOTHING;
        }
    }

    private static final class Ending implements Synchronization, Watch {

        private volatile int status = Status.STATUS_UNKNOWN;

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int ended) {
            status = ended;
        }

        @Override
        public boolean rolledBack() {
            return status == Status.STATUS_ROLLEDBACK;
        }
    }
}
