package org.ctios.server.application;

import java.util.function.Consumer;

/** Runs code once the current transaction has ended, committed or not. */
public interface AfterCompletion {

    /** {@code outcome} receives true when the transaction committed. */
    void register(Consumer<Boolean> outcome);
}
