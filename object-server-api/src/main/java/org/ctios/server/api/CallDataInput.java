package org.ctios.server.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedVariable;

/**
 * Call data as applications give it (call variables and ECC variables by name) turned into the protocol's types,
 * refusing what the CTI Server cannot carry (lengths per GED-188: call variables 40 characters, ECC names 32 and
 * values 210, at most 2,000 bytes of ECC variables in one message, wrap-up data 39).
 */
public final class CallDataInput {

    /** Longest wrap-up data, without its NUL (CallWrapupData is a 40-byte STRING). */
    public static final int MAX_WRAPUP_LENGTH = 39;
    /** Longest dialled number, without its NUL (DialedNumber is a 40-byte STRING). */
    public static final int MAX_DESTINATION_LENGTH = 39;
    /** Bytes of ECC variables one message may carry (each: name NUL value NUL). */
    public static final int MAX_ECC_BYTES = 2_000;

    private static final Pattern VARIABLE_NAME = Pattern.compile("CallVariable([1-9]|10)");

    private CallDataInput() {
    }

    /** {@code CallVariable1}... to values; an empty map gives none. */
    public static CallVariables callVariables(Map<String, String> byName) {
        Map<Integer, String> byNumber = new TreeMap<>();
        if (byName != null) {
            byName.forEach((name, value) -> {
                Matcher matcher = VARIABLE_NAME.matcher(name == null ? "" : name);
                if (!matcher.matches()) {
                    throw new IllegalArgumentException("call variables are CallVariable1 to CallVariable10, not "
                            + name);
                }
                if (value == null || value.length() > CallVariables.MAX_LENGTH) {
                    throw new IllegalArgumentException(name + " must be a string of at most "
                            + CallVariables.MAX_LENGTH + " characters");
                }
                byNumber.put(Integer.parseInt(matcher.group(1)), value);
            });
        }
        return CallVariables.of(byNumber);
    }

    /** ECC variables by name, in name order. */
    public static List<NamedVariable> ecc(Map<String, String> byName) {
        List<NamedVariable> variables = new ArrayList<>();
        int bytes = 0;
        if (byName != null) {
            for (Map.Entry<String, String> entry : new TreeMap<>(byName).entrySet()) {
                String name = entry.getKey();
                String value = entry.getValue();
                if (name.isBlank() || name.length() > NamedVariable.MAX_NAME_LENGTH) {
                    throw new IllegalArgumentException("ECC variable names have 1 to "
                            + NamedVariable.MAX_NAME_LENGTH + " characters, not '" + name + "'");
                }
                if (value == null || value.length() > NamedVariable.MAX_VALUE_LENGTH) {
                    throw new IllegalArgumentException("ECC variable " + name + " must be a string of at most "
                            + NamedVariable.MAX_VALUE_LENGTH + " characters");
                }
                bytes += name.length() + value.length() + 2;
                variables.add(new NamedVariable(name, value));
            }
        }
        if (bytes > MAX_ECC_BYTES) {
            throw new IllegalArgumentException("ECC variables take " + bytes + " bytes, more than the "
                    + MAX_ECC_BYTES + " one message carries");
        }
        return variables;
    }

    public static void checkWrapup(String wrapupData) {
        if (wrapupData != null && wrapupData.length() > MAX_WRAPUP_LENGTH) {
            throw new IllegalArgumentException("wrap-up data has at most " + MAX_WRAPUP_LENGTH + " characters");
        }
    }

    public static void checkDestination(String destination) {
        if (destination == null || destination.isBlank() || destination.length() > MAX_DESTINATION_LENGTH) {
            throw new IllegalArgumentException("a destination of 1 to " + MAX_DESTINATION_LENGTH
                    + " characters is needed");
        }
    }

    /**
     * DTMF digits the REST API and the desks accept: 1 to {@value #MAX_DTMF_DIGITS} of {@code 0-9 * # A-D}. The
     * protocol's field holds 31 characters and its terminator, and the connector refuses longer strings; the
     * character set is the DTMF alphabet (what the simulated switch plays; GED-188 names none).
     */
    public static final int MAX_DTMF_DIGITS = 31;

    /** The DTMF alphabet, as a regular expression of 1 to 31 characters. */
    public static final String DTMF_PATTERN = "[0-9*#A-D]{1," + MAX_DTMF_DIGITS + "}";

    /** @throws IllegalArgumentException when the digits are missing, too many or not DTMF characters */
    public static void checkDigits(String digits) {
        if (digits == null || digits.isEmpty()) {
            throw new IllegalArgumentException("digits are required: 1 to " + MAX_DTMF_DIGITS
                    + " of 0-9, *, #, A-D");
        }
        if (digits.length() > MAX_DTMF_DIGITS) {
            throw new IllegalArgumentException("at most " + MAX_DTMF_DIGITS + " DTMF digits may be sent at once, "
                    + "were " + digits.length());
        }
        if (!digits.matches(DTMF_PATTERN)) {
            throw new IllegalArgumentException("digits may only be 0-9, *, #, A-D, were '" + digits + "'");
        }
    }
}
