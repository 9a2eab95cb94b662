package org.ctios.protocol.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Collects a repeated group of floating fields (the parties of a conference, the skill groups of an agent) into
 * entries. The members of an entry arrive as consecutive fields; a member that the current entry already has starts
 * the next entry, so entries with absent members are kept as they were sent.
 */
final class RepeatedGroup<T> {

    private final Object[] members;
    private final Function<Object[], T> build;
    private final List<T> entries = new ArrayList<>(4);
    private boolean open;

    RepeatedGroup(int memberCount, Function<Object[], T> build) {
        this.members = new Object[memberCount];
        this.build = build;
    }

    /** Puts a member (by its position in the group) into the current entry, or into a new one. */
    void put(int member, Object value) {
        if (members[member] != null) {
            flush();
        }
        members[member] = value;
        open = true;
    }

    private void flush() {
        if (open) {
            entries.add(build.apply(members.clone()));
            Arrays.fill(members, null);
            open = false;
        }
    }

    /** The entries collected, the last one included. */
    List<T> entries() {
        flush();
        return entries;
    }
}
