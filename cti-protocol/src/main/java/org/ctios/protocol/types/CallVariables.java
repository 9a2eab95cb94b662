package org.ctios.protocol.types;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ten call variables of a call (floating fields CallVariable1 to CallVariable10, tags 13 to 22), each absent or
 * a string of at most {@value #MAX_LENGTH} characters. Immutable.
 */
public final class CallVariables {

    /** Number of call variables a call has. */
    public static final int COUNT = 10;
    /** Longest value, without its NUL. */
    public static final int MAX_LENGTH = 40;

    private static final CallVariables NONE = new CallVariables(new String[COUNT]);

    private final String[] values;

    private CallVariables(String[] values) {
        this.values = values;
    }

    /** No call variable set. */
    public static CallVariables none() {
        return NONE;
    }

    /**
     * Call variables from the values of CallVariable1 onwards; {@code null} leaves a variable absent.
     *
     * @throws IllegalArgumentException for more than ten values
     */
    public static CallVariables of(String... values) {
        if (values.length > COUNT) {
            throw new IllegalArgumentException("a call has " + COUNT + " call variables, got " + values.length);
        }
        return fromArray(Arrays.copyOf(values, COUNT));
    }

    /** Call variables from a map of variable number (1 to 10) to value. */
    public static CallVariables of(Map<Integer, String> byNumber) {
        String[] array = new String[COUNT];
        byNumber.forEach((number, value) -> array[checkNumber(number) - 1] = value);
        return fromArray(array);
    }

    /** Takes ownership of an array of exactly ten values (used by the decoder, which builds it fresh). */
    static CallVariables fromArray(String[] tenValues) {
        for (String value : tenValues) {
            if (value != null) {
                return new CallVariables(tenValues);
            }
        }
        return NONE;
    }

    /** A copy with variable {@code number} (1 to 10) set to {@code value}, or removed when it is {@code null}. */
    public CallVariables with(int number, String value) {
        String[] copy = values.clone();
        copy[checkNumber(number) - 1] = value;
        return fromArray(copy);
    }

    /** Every variable set in {@code other} replaces the one here; the others stay. */
    public CallVariables overriddenBy(CallVariables other) {
        String[] copy = values.clone();
        for (int i = 0; i < COUNT; i++) {
            if (other.values[i] != null) {
                copy[i] = other.values[i];
            }
        }
        return fromArray(copy);
    }

    /** The value of CallVariable{@code number} (1 to 10), or {@code null} when it is absent. */
    public String get(int number) {
        return values[checkNumber(number) - 1];
    }

    public boolean isEmpty() {
        return this == NONE;
    }

    /** The variables that are set, keyed "CallVariable1" to "CallVariable10", in order. */
    public Map<String, String> asNamedMap() {
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < COUNT; i++) {
            if (values[i] != null) {
                named.put("CallVariable" + (i + 1), values[i]);
            }
        }
        return Collections.unmodifiableMap(named);
    }

    private static int checkNumber(int number) {
        if (number < 1 || number > COUNT) {
            throw new IllegalArgumentException("call variable number must be 1..10, was " + number);
        }
        return number;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CallVariables that && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "CallVariables" + asNamedMap();
    }
}
