package org.ctios.protocol.types;

import java.util.Objects;

/**
 * One element of an expanded call context (ECC) array variable: floating field NamedArray (tag 83), sent as a
 * one-byte index, name NUL, value NUL.
 *
 * @param index the element's index, 0 to 255
 * @param name  the array's name (at most {@value NamedVariable#MAX_NAME_LENGTH} characters)
 * @param value the element's value (at most {@value NamedVariable#MAX_VALUE_LENGTH} characters)
 */
public record NamedArray(int index, String name, String value) {

    /** Largest field: index, name NUL, value NUL. */
    public static final int MAX_FIELD_SIZE = 252;

    public NamedArray {
        if (index < 0 || index > 255) {
            throw new IllegalArgumentException("NamedArray index must be 0..255, was " + index);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
