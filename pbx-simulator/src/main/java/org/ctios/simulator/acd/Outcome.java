package org.ctios.simulator.acd;

import java.util.Objects;

/** What a request to the switch gave: a value, or the failure that refused it. */
public sealed interface Outcome<T> {

    static <T> Outcome<T> success(T value) {
        return new Success<>(value);
    }

    static <T> Outcome<T> failure(AcdFailure failure, String detail) {
        return new Failure<>(failure, detail);
    }

    record Success<T>(T value) implements Outcome<T> {
    }

    record Failure<T>(AcdFailure failure, String detail) implements Outcome<T> {
        public Failure {
            Objects.requireNonNull(failure, "failure");
        }

        /** The same failure for another value type. */
        @SuppressWarnings("unchecked")
        public <U> Failure<U> cast() {
            return (Failure<U>) this;
        }
    }
}
