package org.ctios.server.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ctios.server.domain.agent.AgentChange;
import org.ctios.server.domain.agent.AgentSkillGroup;
import org.ctios.server.domain.agent.AgentState;
import org.ctios.server.domain.call.CallChange;
import org.ctios.server.domain.call.CallDataReport;
import org.ctios.server.domain.call.ConnectionState;
import org.ctios.server.domain.stream.EventStamp;
import org.ctios.server.domain.stream.Occurrence;

/**
 * Makes the domain's changes as the application would hand them over from one adapter run: each gets the next
 * place in the run's stream and a time one second after the previous one. (The connector's events are
 * {@link EventStream}'s.)
 */
public final class ChangeStream {

    /** A CTI Server's call type code (inbound ACD): the domain keeps it as reported and decides nothing by it. */
    public static final int CALL_TYPE = 1;

    private final long epoch;
    private long sequence;
    private Instant clock;

    public ChangeStream(long epoch, Instant start) {
        this.epoch = epoch;
        this.clock = start;
    }

    /** The next place in the stream. */
    public Occurrence next() {
        clock = clock.plus(Duration.ofSeconds(1));
        return new Occurrence(EventStamp.of(epoch, ++sequence), clock);
    }

    public Instant now() {
        return clock;
    }

    /** The agent changed to {@code state} at its phone {@code extension}, reported in these skill groups. */
    public AgentChange.StateChanged agent(String extension, AgentState state, int reasonCode, long... skillGroups) {
        return new AgentChange.StateChanged(next(), extension, extension, state, reasonCode,
                Arrays.stream(skillGroups).mapToObj(number -> new AgentSkillGroup(number, state)).toList());
    }

    public AgentChange.Resynchronised agentSnapshot(String extension, AgentState state) {
        return new AgentChange.Resynchronised(next(), extension, extension, state, List.of());
    }

    public static CallDataReport data(String ani, String dnis) {
        return new CallDataReport(ani, dnis, dnis, null, Map.of(), Map.of(), null);
    }

    public CallChange.Begun begun(String ani, String dnis) {
        return new CallChange.Begun(next(), CALL_TYPE, "trunk", data(ani, dnis), null);
    }

    public CallChange.Queued queued(long skillGroup) {
        return new CallChange.Queued(next(), "700" + skillGroup, List.of(skillGroup));
    }

    public CallChange.Delivered delivered(String device, long skillGroup) {
        return new CallChange.Delivered(next(), device, skillGroup, CallDataReport.nothing());
    }

    public CallChange.Originated originated(String device) {
        return new CallChange.Originated(next(), device);
    }

    /** {@code device} answered a call from outside. */
    public CallChange.Established established(String device) {
        return established(device, "0612345678");
    }

    public CallChange.Established established(String device, String callingDevice) {
        return new CallChange.Established(next(), device, callingDevice);
    }

    public CallChange.Held held(String device) {
        return new CallChange.Held(next(), device);
    }

    public CallChange.Retrieved retrieved(String device) {
        return new CallChange.Retrieved(next(), device);
    }

    public CallChange.PartyLeft partyLeft(String device) {
        return new CallChange.PartyLeft(next(), device);
    }

    public CallChange.Cleared cleared() {
        return new CallChange.Cleared(next());
    }

    public CallChange.Ended ended() {
        return new CallChange.Ended(next());
    }

    public CallChange.DataUpdated dataUpdated(CallDataReport data) {
        return new CallChange.DataUpdated(next(), data);
    }

    public CallChange.Transferred transferred(List<String> parties, Map<String, ConnectionState> joiningStates) {
        return new CallChange.Transferred(next(), parties, joiningStates);
    }

    /** @param bargingSupervisor the supervisor's device when it is a barge-in, else {@code null} */
    public CallChange.Conferenced conferenced(String controller, List<String> parties,
                                              Map<String, ConnectionState> joiningStates, String bargingSupervisor) {
        return new CallChange.Conferenced(next(), parties, controller, joiningStates, bargingSupervisor);
    }

    public CallChange.Snapshot snapshot(CallDataReport data, CallChange.Snapshot.Party... parties) {
        return new CallChange.Snapshot(next(), CALL_TYPE, data, List.of(parties));
    }

    public static CallChange.Snapshot.Party party(String device, ConnectionState state) {
        return new CallChange.Snapshot.Party(device, state);
    }
}
