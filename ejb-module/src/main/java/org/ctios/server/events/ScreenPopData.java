package org.ctios.server.events;

import java.util.Map;

/**
 * What a screen pop needs of a call, as it stood when the notice was fired.
 *
 * @param callVariables    {@code CallVariable1}... to their values, those set only
 * @param ecc              ECC variables by name (arrays as {@code name[index]})
 * @param skillGroupNumber the skill group the call was queued for, or null
 */
public record ScreenPopData(String ani, String dnis, String dialedNumber, String callerEnteredDigits,
                            Map<String, String> callVariables, Map<String, String> ecc, Long skillGroupNumber) {

    /** No data known. */
    public static final ScreenPopData NONE = new ScreenPopData(null, null, null, null, Map.of(), Map.of(), null);

    public ScreenPopData {
        callVariables = Map.copyOf(callVariables);
        ecc = Map.copyOf(ecc);
    }
}
