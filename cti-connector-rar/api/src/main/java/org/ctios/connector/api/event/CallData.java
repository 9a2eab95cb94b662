package org.ctios.connector.api.event;

import java.util.List;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;

/**
 * What a CRM screen pops: the call's numbers, call variables 1 to 10 and ECC variables. Absent fields are
 * {@code null}; absent variables are empty.
 */
public record CallData(String ani, String dnis, String dialedNumber, String callerEnteredDigits,
                       CallVariables callVariables, List<NamedVariable> namedVariables, List<NamedArray> namedArrays,
                       String callWrapupData) {

    public CallData {
        callVariables = callVariables == null ? CallVariables.none() : callVariables;
        namedVariables = List.copyOf(namedVariables);
        namedArrays = List.copyOf(namedArrays);
    }

    public static CallData empty() {
        return new CallData(null, null, null, null, CallVariables.none(), List.of(), List.of(), null);
    }
}
