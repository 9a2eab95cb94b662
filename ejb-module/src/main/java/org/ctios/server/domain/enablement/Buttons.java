package org.ctios.server.domain.enablement;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Shorthand for the button sets of the rules tables. */
final class Buttons {

    private Buttons() {
    }

    /** An unmodifiable set of these buttons, so a table row cannot be changed by whoever reads it. */
    static Set<AgentAction> of(AgentAction... actions) {
        EnumSet<AgentAction> set = EnumSet.noneOf(AgentAction.class);
        Collections.addAll(set, actions);
        return Collections.unmodifiableSet(set);
    }
}
