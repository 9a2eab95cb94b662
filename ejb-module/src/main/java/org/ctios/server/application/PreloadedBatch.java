package org.ctios.server.application;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.ctios.server.domain.stream.EventStamp;

/**
 * What {@link BatchPreload} learnt of a delivery batch's calls before it was applied: which were not stored, and the
 * latest history stamps of those, so that a call's first event asks the database neither whether the call is stored
 * nor whether it already ended. Kept up to date as the batch stores new calls. One per batch, on its one thread.
 */
public final class PreloadedBatch {

    private static final PreloadedBatch NOTHING = new PreloadedBatch(null, Map.of());

    /** null: nothing was preloaded, and every call may be stored */
    private final Set<Long> notStored;
    private final Map<Long, EventStamp> historyStamps;

    private PreloadedBatch(Set<Long> notStored, Map<Long, EventStamp> historyStamps) {
        this.notStored = notStored;
        this.historyStamps = historyStamps;
    }

    /** A batch read in one query: {@code notStored} were looked for and not found. */
    static PreloadedBatch of(Set<Long> notStored, Map<Long, EventStamp> historyStamps) {
        return new PreloadedBatch(new HashSet<>(notStored), Map.copyOf(historyStamps));
    }

    /** Nothing preloaded: every question goes to the stores. */
    static PreloadedBatch nothing() {
        return NOTHING;
    }

    /** False only for a call known not to be stored: looking it up would find nothing. */
    boolean mayBeStored(long callId) {
        return notStored == null || !notStored.contains(callId);
    }

    /** Whether the answer to "already in the history?" is known here; then {@link #historyStamp} gives it. */
    boolean knowsHistoryOf(long callId) {
        return notStored != null && notStored.contains(callId);
    }

    /** The latest history stamp of a call that was not stored, in this adapter run; null if none. */
    EventStamp historyStamp(long callId) {
        return historyStamps.get(callId);
    }

    /** The batch stored this call: from now on it is looked up. */
    void stored(long callId) {
        if (notStored != null) {
            notStored.remove(callId);
        }
    }
}
