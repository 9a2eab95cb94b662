package org.ctios.simulator.acd;

import java.util.ArrayList;
import java.util.List;
import org.ctios.protocol.types.NamedArray;
import org.ctios.protocol.types.NamedVariable;

/** Setting ECC variables on a call: a variable (or array element) of the same name replaces the old value. */
final class EccMerge {

    private EccMerge() {
    }

    static List<NamedVariable> variables(List<NamedVariable> current, List<NamedVariable> updates) {
        List<NamedVariable> merged = new ArrayList<>(current);
        for (NamedVariable update : updates) {
            merged.removeIf(existing -> existing.name().equals(update.name()));
            merged.add(update);
        }
        return List.copyOf(merged);
    }

    static List<NamedArray> arrays(List<NamedArray> current, List<NamedArray> updates) {
        List<NamedArray> merged = new ArrayList<>(current);
        for (NamedArray update : updates) {
            merged.removeIf(existing -> existing.name().equals(update.name()) && existing.index() == update.index());
            merged.add(update);
        }
        return List.copyOf(merged);
    }
}
