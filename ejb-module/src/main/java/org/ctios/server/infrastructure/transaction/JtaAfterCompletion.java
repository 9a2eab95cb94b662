package org.ctios.server.infrastructure.transaction;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.ctios.server.application.AfterCompletion;

/** After-completion callbacks and per-transaction values on the container's JTA transaction. */
@ApplicationScoped
public class JtaAfterCompletion implements AfterCompletion {

    @Resource
    private TransactionSynchronizationRegistry registry;

    @Override
    public void register(Consumer<Boolean> outcome) {
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                outcome.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }

    @Override
    public void registerBeforeCommit(Runnable beforeCommit) {
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                beforeCommit.run();
            }

            @Override
            public void afterCompletion(int status) {
                // nothing to do after
            }
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T perTransaction(Object key, Supplier<T> first) {
        Object kept = registry.getResource(key);
        if (kept == null) {
            kept = first.get();
            registry.putResource(key, kept);
        }
        return (T) kept;
    }
}
