package org.ctios.server.domain.call;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ctios.server.domain.stream.Occurrence;

/**
 * What happened to a call, in the domain's words: the inputs {@link Call#apply} takes, one kind for each thing a
 * call tells apart. A kind added here must be added to {@link Handler}, so that nothing applies changes without
 * handling it. Devices are the call's watched devices (agents' phones and queues); the application leaves out the
 * others.
 */
public sealed interface CallChange {

    Occurrence occurrence();

    /** Hands this change to the method of {@code handler} for its kind. */
    void handTo(Handler handler);

    /** One method per kind of change: what applying it does. */
    interface Handler {

        void begun(Begun change);

        void queued(Queued change);

        void delivered(Delivered change);

        void originated(Originated change);

        void established(Established change);

        void held(Held change);

        void retrieved(Retrieved change);

        void partyLeft(PartyLeft change);

        void cleared(Cleared change);

        void ended(Ended change);

        void dataUpdated(DataUpdated change);

        void transferred(Transferred change);

        void conferenced(Conferenced change);

        void snapshot(Snapshot change);
    }

    /**
     * The call entered the contact centre: its first event.
     *
     * @param callType      the CTI Server's code of how the call came to be, kept as reported
     * @param device        the device it was reported at
     * @param routerCallKey the router's key of the call, or {@code null} when it was not routed
     */
    record Begun(Occurrence occurrence, int callType, String device, CallDataReport data,
                 RouterCallKey routerCallKey) implements CallChange {

        public Begun {
            Objects.requireNonNull(occurrence, "occurrence");
            Objects.requireNonNull(data, "data");
        }

        @Override
        public void handTo(Handler handler) {
            handler.begun(this);
        }
    }

    /** The call waits in the queue at {@code queueDevice}, for these skill groups (the first is the call's). */
    record Queued(Occurrence occurrence, String queueDevice, List<Long> skillGroupNumbers) implements CallChange {

        public Queued {
            Objects.requireNonNull(occurrence, "occurrence");
            skillGroupNumbers = List.copyOf(skillGroupNumbers);
        }

        @Override
        public void handTo(Handler handler) {
            handler.queued(this);
        }
    }

    /**
     * The call rings at {@code alertingDevice}; it has left its queue.
     *
     * @param skillGroupNumber the skill group it was routed for, or {@code null}
     */
    record Delivered(Occurrence occurrence, String alertingDevice, Long skillGroupNumber, CallDataReport data)
            implements CallChange {

        public Delivered {
            Objects.requireNonNull(occurrence, "occurrence");
            Objects.requireNonNull(data, "data");
        }

        @Override
        public void handTo(Handler handler) {
            handler.delivered(this);
        }
    }

    /** {@code device} started the call: a dial-out or a consultation. */
    record Originated(Occurrence occurrence, String device) implements CallChange {

        public Originated {
            Objects.requireNonNull(occurrence, "occurrence");
        }

        @Override
        public void handTo(Handler handler) {
            handler.originated(this);
        }
    }

    /** {@code answeringDevice} answered the call that {@code callingDevice} made or that rang there. */
    record Established(Occurrence occurrence, String answeringDevice, String callingDevice) implements CallChange {

        public Established {
            Objects.requireNonNull(occurrence, "occurrence");
        }

        @Override
        public void handTo(Handler handler) {
            handler.established(this);
        }
    }

    /** {@code device} put the call on hold. */
    record Held(Occurrence occurrence, String device) implements CallChange {

        public Held {
            Objects.requireNonNull(occurrence, "occurrence");
        }

        @Override
        public void handTo(Handler handler) {
            handler.held(this);
        }
    }

    /** {@code device} took the call off hold. */
    record Retrieved(Occurrence occurrence, String device) implements CallChange {

        public Retrieved {
            Objects.requireNonNull(occurrence, "occurrence");
        }

        @Override
        public void handTo(Handler handler) {
            handler.retrieved(this);
        }
    }

    /**
     * {@code device} is no longer on the call, which may go on with others: it hung up, the call failed there, or
     * the call left it for another device.
     */
    record PartyLeft(Occurrence occurrence, String device) implements CallChange {

        public PartyLeft {
            Objects.requireNonNull(occurrence, "occurrence");
        }

        @Override
        public void handTo(Handler handler) {
            handler.partyLeft(this);
        }
    }

    /** The call is over for every device; it ends when the CTI Server forgets it. */
    record Cleared(Occurrence occurrence) implements CallChange {

        public Cleared {
            Objects.requireNonNull(occurrence, "occurrence");
        }

        @Override
        public void handTo(Handler handler) {
            handler.cleared(this);
        }
    }

    /** The CTI Server forgot the call: its last event, after which it belongs to the history. */
    record Ended(Occurrence occurrence) implements CallChange {

        public Ended {
            Objects.requireNonNull(occurrence, "occurrence");
        }

        @Override
        public void handTo(Handler handler) {
            handler.ended(this);
        }
    }

    /** The call's data changed. */
    record DataUpdated(Occurrence occurrence, CallDataReport data) implements CallChange {

        public DataUpdated {
            Objects.requireNonNull(occurrence, "occurrence");
            Objects.requireNonNull(data, "data");
        }

        @Override
        public void handTo(Handler handler) {
            handler.dataUpdated(this);
        }
    }

    /**
     * A transfer completed: the transferring device left and the consultation's parties joined this call.
     *
     * @param parties       the devices on the call now
     * @param joiningStates the states the joining devices had on the consultation call, by device
     */
    record Transferred(Occurrence occurrence, List<String> parties, Map<String, ConnectionState> joiningStates)
            implements CallChange {

        public Transferred {
            Objects.requireNonNull(occurrence, "occurrence");
            parties = List.copyOf(parties);
            joiningStates = Map.copyOf(joiningStates);
        }

        @Override
        public void handTo(Handler handler) {
            handler.transferred(this);
        }
    }

    /**
     * A conference formed on this call, after a consultation or a supervisor's barge-in.
     *
     * @param parties           the devices on the call now
     * @param controllerDevice  the device that formed it, which talks on it
     * @param joiningStates     the states the joining devices had on the consultation call, by device
     * @param bargingSupervisor the supervisor's device that barged in, or {@code null} when it was no barge-in
     */
    record Conferenced(Occurrence occurrence, List<String> parties, String controllerDevice,
                       Map<String, ConnectionState> joiningStates, String bargingSupervisor) implements CallChange {

        public Conferenced {
            Objects.requireNonNull(occurrence, "occurrence");
            parties = List.copyOf(parties);
            joiningStates = Map.copyOf(joiningStates);
        }

        @Override
        public void handTo(Handler handler) {
            handler.conferenced(this);
        }
    }

    /**
     * The call as the CTI Server reported it when the link was resynchronised: its data and every device on it.
     *
     * @param callType the CTI Server's code of how the call came to be, kept as reported
     * @param parties  the devices on the call, in the order reported
     */
    record Snapshot(Occurrence occurrence, int callType, CallDataReport data, List<Party> parties)
            implements CallChange {

        /** A device on the call and its connection's state, {@code null} when the report does not say. */
        public record Party(String device, ConnectionState state) {
        }

        public Snapshot {
            Objects.requireNonNull(occurrence, "occurrence");
            Objects.requireNonNull(data, "data");
            parties = List.copyOf(parties);
        }

        @Override
        public void handTo(Handler handler) {
            handler.snapshot(this);
        }
    }
}
