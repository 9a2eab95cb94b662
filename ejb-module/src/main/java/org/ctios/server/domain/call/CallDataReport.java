package org.ctios.server.domain.call;

import java.util.Map;

/**
 * What one event reports of a call's data. A field it does not report is {@code null}; call variables and ECC
 * variables it does not report are absent from their maps. Each CTI event repeats only part of the call's data, so
 * the call merges what a report has into what it holds ({@link CallDataValues#merge}).
 *
 * @param callVariables the call variables reported, by number (1 to {@value CallDataValues#CALL_VARIABLES})
 * @param ecc           the ECC variables reported, by name; an element of an ECC array is named by
 *                      {@link #arrayElement}
 */
public record CallDataReport(String ani, String dnis, String dialedNumber, String callerEnteredDigits,
                             Map<Integer, String> callVariables, Map<String, String> ecc, String wrapupData) {

    private static final CallDataReport NOTHING = new CallDataReport(null, null, null, null, Map.of(), Map.of(),
            null);

    public CallDataReport {
        callVariables = Map.copyOf(callVariables);
        ecc = Map.copyOf(ecc);
        for (Integer number : callVariables.keySet()) {
            if (number < 1 || number > CallDataValues.CALL_VARIABLES) {
                throw new IllegalArgumentException("call variables are numbered 1 to "
                        + CallDataValues.CALL_VARIABLES + ", not " + number);
            }
        }
    }

    /** A report of nothing. */
    public static CallDataReport nothing() {
        return NOTHING;
    }

    /** The name under which element {@code index} of the ECC array {@code name} is kept: {@code name[index]}. */
    public static String arrayElement(String name, int index) {
        return name + "[" + index + "]";
    }
}
