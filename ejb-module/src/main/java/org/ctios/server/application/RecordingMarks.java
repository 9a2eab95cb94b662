package org.ctios.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ctios.server.application.live.LiveChange;
import org.ctios.server.application.live.LiveModel;
import org.ctios.server.domain.call.Call;
import org.ctios.server.domain.call.CallRepository;
import org.ctios.server.domain.history.CallHistory;
import org.ctios.server.domain.history.TimelineEntry;
import org.ctios.server.events.CallChangedNotice;
import org.ctios.server.events.Notice;

/**
 * Marks a call recorded or not once the CTI Server confirmed START_RECORDING or STOP_RECORDING: the switch sends no
 * event for either (GED-188 names none for this kind of recording), so the confirmation is all there is. In a
 * transaction of its own, like an event's: the call's {@code recording}, an entry in its timeline (RecordingStarted,
 * RecordingStopped), the live model's next version and a {@link CallChangedNotice} for the event streams.
 */
@ApplicationScoped
public class RecordingMarks {

    /** The timeline's name for a confirmed start. */
    public static final String STARTED = "RecordingStarted";
    /** The timeline's name for a confirmed stop. */
    public static final String STOPPED = "RecordingStopped";

    private CallRepository calls;
    private CallHistory history;
    private AfterCompletion afterCompletion;
    private LiveModel live;
    private Event<Notice> notices;

    /** For the container's proxy. */
    protected RecordingMarks() {
    }

    @Inject
    public RecordingMarks(CallRepository calls, CallHistory history, AfterCompletion afterCompletion, LiveModel live,
                          Event<Notice> notices) {
        this.calls = calls;
        this.history = history;
        this.afterCompletion = afterCompletion;
        this.live = live;
        this.notices = notices;
    }

    /**
     * @param device the device that asked, for the timeline
     * @return false when the call has ended meanwhile or already shows it
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean mark(long callId, boolean recorded, String device, Instant at) {
        Optional<Call> found = calls.find(callId);
        if (found.isEmpty() || !found.get().recording(recorded)) {
            return false;
        }
        Call call = found.get();
        LiveChange change = afterCompletion.perTransaction(LiveChange.class,
                () -> LiveChanges.open(afterCompletion, live, notices));
        String event = recorded ? STARTED : STOPPED;
        history.append(new TimelineEntry(call.callKey(), call.nextTimelineSequence(), at, event, device,
                "confirmed by the CTI Server"));
        change.call(call);
        change.announce(new CallChangedNotice(callId, event, List.of()));
        return true;
    }
}
