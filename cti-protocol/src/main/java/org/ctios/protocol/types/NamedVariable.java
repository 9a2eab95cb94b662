package org.ctios.protocol.types;

import java.util.Objects;

/**
 * An expanded call context (ECC) scalar variable: floating field NamedVariable (tag 82), sent as name NUL value NUL.
 *
 * @param name  the variable's name as configured in Unified CCE (at most {@value #MAX_NAME_LENGTH} characters)
 * @param value its value (at most {@value #MAX_VALUE_LENGTH} characters; may be empty)
 */
public record NamedVariable(String name, String value) {

    /** Longest name, without its NUL. */
    public static final int MAX_NAME_LENGTH = 32;
    /** Longest value, without its NUL. */
    public static final int MAX_VALUE_LENGTH = 210;
    /** Largest field: name NUL value NUL. */
    public static final int MAX_FIELD_SIZE = 251;

    public NamedVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
