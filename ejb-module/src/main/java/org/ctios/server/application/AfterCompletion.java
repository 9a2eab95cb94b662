package org.ctios.server.application;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs code once the current transaction has ended, committed or not; keeps what belongs to the transaction. */
public interface AfterCompletion {

    /** {@code outcome} receives true when the transaction committed. */
    void register(Consumer<Boolean> outcome);

    /** {@code beforeCommit} runs when the transaction is about to commit (not when it rolls back). */
    void registerBeforeCommit(Runnable beforeCommit);

    /**
     * The current transaction's value under {@code key}: made by {@code first} on the first call in the transaction,
     * the same one for every later call in it.
     */
    <T> T perTransaction(Object key, Supplier<T> first);
}
