package org.ctios.server.domain.enablement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctios.server.domain.call.ConnectionState.CONNECT;
import static org.ctios.server.domain.call.ConnectionState.FAIL;
import static org.ctios.server.domain.call.ConnectionState.INITIATE;
import static org.ctios.server.domain.call.ConnectionState.NONE;
import static org.ctios.server.domain.call.ConnectionState.NULL;
import static org.ctios.server.domain.enablement.AgentAction.ALTERNATE;
import static org.ctios.server.domain.enablement.AgentAction.ANSWER;
import static org.ctios.server.domain.enablement.AgentAction.BAD_CALL;
import static org.ctios.server.domain.enablement.AgentAction.CLEAR_CALL;
import static org.ctios.server.domain.enablement.AgentAction.DEFLECT;
import static org.ctios.server.domain.enablement.AgentAction.DROP_PARTY;
import static org.ctios.server.domain.enablement.AgentAction.CONFERENCE_COMPLETE;
import static org.ctios.server.domain.enablement.AgentAction.CONFERENCE_INIT;
import static org.ctios.server.domain.enablement.AgentAction.HOLD;
import static org.ctios.server.domain.enablement.AgentAction.LOGIN;
import static org.ctios.server.domain.enablement.AgentAction.LOGOUT;
import static org.ctios.server.domain.enablement.AgentAction.LOGOUT_WITH_REASON;
import static org.ctios.server.domain.enablement.AgentAction.MAKE_CALL;
import static org.ctios.server.domain.enablement.AgentAction.NOT_READY;
import static org.ctios.server.domain.enablement.AgentAction.NOT_READY_WITH_REASON;
import static org.ctios.server.domain.enablement.AgentAction.READY;
import static org.ctios.server.domain.enablement.AgentAction.RECONNECT;
import static org.ctios.server.domain.enablement.AgentAction.RELEASE;
import static org.ctios.server.domain.enablement.AgentAction.RETRIEVE;
import static org.ctios.server.domain.enablement.AgentAction.SEND_DTMF;
import static org.ctios.server.domain.enablement.AgentAction.START_RECORDING;
import static org.ctios.server.domain.enablement.AgentAction.STOP_RECORDING;
import static org.ctios.server.domain.enablement.AgentAction.SINGLE_STEP_TRANSFER;
import static org.ctios.server.domain.enablement.AgentAction.TRANSFER_COMPLETE;
import static org.ctios.server.domain.enablement.AgentAction.TRANSFER_INIT;
import static org.ctios.server.domain.enablement.AgentAction.WRAP_UP;
import static org.ctios.server.domain.enablement.Legs.agent;
import static org.ctios.server.domain.enablement.Legs.connected;
import static org.ctios.server.domain.enablement.Legs.consultation;
import static org.ctios.server.domain.enablement.Legs.dialling;
import static org.ctios.server.domain.enablement.Legs.held;
import static org.ctios.server.domain.enablement.Legs.leg;
import static org.ctios.server.domain.enablement.Legs.queued;
import static org.ctios.server.domain.enablement.Legs.ringing;
import static org.ctios.server.domain.enablement.Legs.supervising;
import static org.ctios.server.domain.enablement.Legs.supervisor;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.ctios.server.domain.agent.AgentState;
import org.ctios.server.domain.call.ConnectionState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the rules table (README, "Button enablement"), with the whole set of buttons expected: a button too
 * many fails as surely as one missing. The expected sets are written out here, not taken from the production tables.
 */
class ButtonEnablementTableTest {

    /** The agent-state buttons of an agent with at least one call. */
    private static final Set<AgentAction> ON_A_CALL = EnumSet.of(NOT_READY, NOT_READY_WITH_REASON, WRAP_UP);

    /** What a connected call of the agent's own (not a conference another set up) allows, whatever else. */
    private static final AgentAction[] FEATURES = {SEND_DTMF, BAD_CALL, START_RECORDING, CLEAR_CALL};

    /** The call buttons of one connected call of the agent's own; no single-step conference (no such request). */
    private static final Set<AgentAction> CONNECTED_CALL = EnumSet.of(RELEASE, HOLD, TRANSFER_INIT,
            CONFERENCE_INIT, SINGLE_STEP_TRANSFER, SEND_DTMF, BAD_CALL, START_RECORDING, CLEAR_CALL);

    static Stream<Arguments> agentStateRows() {
        return Stream.of(
                row("logged-out agent can only log in", agent(AgentState.LOGOUT), only(LOGIN)),
                row("Not Ready agent can go Ready, change reason, log out or dial", agent(AgentState.NOT_READY),
                        only(READY, NOT_READY_WITH_REASON, LOGOUT, LOGOUT_WITH_REASON, MAKE_CALL)),
                row("Ready agent can only go Not Ready (no dialling, no logout while Ready)",
                        agent(AgentState.AVAILABLE), only(NOT_READY, NOT_READY_WITH_REASON)),
                row("agent in wrap-up (Work Ready) can leave it or enter wrap-up data",
                        agent(AgentState.WORK_READY), only(READY, NOT_READY, NOT_READY_WITH_REASON, WRAP_UP)),
                row("agent in wrap-up (Work Not Ready) can leave it or enter wrap-up data",
                        agent(AgentState.WORK_NOT_READY), only(READY, NOT_READY, NOT_READY_WITH_REASON, WRAP_UP)),
                row("reserved agent without the call yet sees no button", agent(AgentState.RESERVED), only()),
                row("agent in state Login without calls can log out", agent(AgentState.LOGIN), wayOut()),
                row("agent Talking without calls can log out", agent(AgentState.TALKING), wayOut()),
                row("agent on Hold without calls can log out", agent(AgentState.HOLD), wayOut()),
                row("agent Busy Other without calls can log out", agent(AgentState.BUSY_OTHER), wayOut()),
                row("agent Active without calls can log out", agent(AgentState.ACTIVE), wayOut()),
                row("agent Paused without calls can log out", agent(AgentState.PAUSED), wayOut()),
                row("agent Interrupted without calls can log out", agent(AgentState.INTERRUPTED), wayOut()),
                row("agent Not Active without calls can log out", agent(AgentState.NOT_ACTIVE), wayOut()),
                row("agent in an unknown state can log out", agent(AgentState.UNKNOWN), wayOut()));
    }

    static Stream<Arguments> agentStateWithCallsRows() {
        return Stream.of(
                row("logged-out agent with a stale connected leg can still only log in",
                        agent(AgentState.LOGOUT, connected(1)), only(LOGIN)),
                row("Not Ready agent who dialled out cannot go Ready, log out or dial again",
                        agent(AgentState.NOT_READY, connected(1)), onACallAnd(CONNECTED_CALL)),
                row("Ready agent with a direct call ringing can answer and set a pending Not Ready",
                        agent(AgentState.AVAILABLE, ringing(1)), onACallAnd(ANSWER, DEFLECT)),
                row("agent in wrap-up who takes a call cannot go Ready during it",
                        agent(AgentState.WORK_NOT_READY, connected(1)), onACallAnd(CONNECTED_CALL)),
                row("reserved agent with the call ringing can only answer or deflect it",
                        agent(AgentState.RESERVED, ringing(1)), only(ANSWER, DEFLECT)),
                row("agent in an unknown state with a call cannot log out",
                        agent(AgentState.UNKNOWN, connected(1)), onACallAnd(CONNECTED_CALL)));
    }

    static Stream<Arguments> callRows() {
        return Stream.of(
                row("talking agent can release, hold, transfer or conference",
                        agent(AgentState.TALKING, connected(1)), onACallAnd(CONNECTED_CALL)),
                row("consultation left alone after the original call ended behaves as an ordinary call",
                        agent(AgentState.TALKING, consultation(2, CONNECT)), onACallAnd(CONNECTED_CALL)),
                row("agent with one call on hold can only retrieve it, not release it",
                        agent(AgentState.HOLD, held(1)), onACallAnd(RETRIEVE)),
                row("consultation ringing at the far end: transfer on ring, reconnect, or drop it",
                        agent(AgentState.TALKING, held(1), consultation(2, INITIATE)),
                        onACallAnd(TRANSFER_COMPLETE, RECONNECT, RELEASE)),
                row("consulted party answered: complete transfer or conference, alternate, reconnect, drop",
                        agent(AgentState.TALKING, held(1), consultation(2, CONNECT)),
                        onACallAnd(union(FEATURES, TRANSFER_COMPLETE, CONFERENCE_COMPLETE, ALTERNATE, RECONNECT, RELEASE))),
                row("the order of the legs does not matter for a consultation",
                        agent(AgentState.TALKING, consultation(2, CONNECT), held(1)),
                        onACallAnd(union(FEATURES, TRANSFER_COMPLETE, CONFERENCE_COMPLETE, ALTERNATE, RECONNECT, RELEASE))),
                row("two independent calls: alternate or release the active one, no retrieve",
                        agent(AgentState.TALKING, held(1), connected(2)),
                        onACallAnd(union(FEATURES, ALTERNATE, RELEASE))),
                row("consultation held after Alternate: alternate back to complete, no complete from here",
                        agent(AgentState.TALKING, consultation(2, ConnectionState.HOLD), connected(1)),
                        onACallAnd(union(FEATURES, ALTERNATE, RELEASE))),
                row("supervisor barged in can only leave the agent's call",
                        supervisor(AgentState.TALKING, supervising(1, CONNECT)), onACallAnd(RELEASE)),
                row("agent-role user on a leg marked supervising is treated as supervising",
                        agent(AgentState.TALKING, supervising(1, CONNECT)), onACallAnd(RELEASE)),
                row("supervisor on a call of their own gets an agent's buttons",
                        supervisor(AgentState.TALKING, connected(1)), onACallAnd(CONNECTED_CALL)),
                row("agent waiting in a skill group's queue can hang up",
                        agent(AgentState.TALKING, queued(1)), onACallAnd(RELEASE)),
                row("agent dialling out can hang up before the far end answers",
                        agent(AgentState.TALKING, dialling(1)), onACallAnd(RELEASE)),
                row("a recorded call offers stop instead of start",
                        agent(AgentState.TALKING, Legs.recorded(connected(1))),
                        onACallAnd(union(without(CONNECTED_CALL, START_RECORDING), STOP_RECORDING))),
                row("the agent who set up a conference may end it for everyone or drop a party",
                        agent(AgentState.TALKING, Legs.inConference(connected(1), ConferenceRole.CONTROLLER)),
                        onACallAnd(union(CONNECTED_CALL, DROP_PARTY))),
                row("a party of a conference someone else set up may leave it, not end it for everyone",
                        agent(AgentState.TALKING, Legs.inConference(connected(1), ConferenceRole.MEMBER)),
                        onACallAnd(without(CONNECTED_CALL, CLEAR_CALL))),
                row("a held conference controller retrieves first: nothing of the connected call's features",
                        agent(AgentState.HOLD, Legs.inConference(held(1), ConferenceRole.CONTROLLER)),
                        onACallAnd(RETRIEVE)),
                row("leg without a connection state enables no call button but still blocks logout",
                        agent(AgentState.NOT_READY, leg(1, NONE)), onACallAnd()));
    }

    static Stream<Arguments> fallbackRows() {
        return Stream.of(
                row("two calls ringing: answer or deflect",
                        agent(AgentState.RESERVED, ringing(1), ringing(2)), only(ANSWER, DEFLECT)),
                row("call ringing while talking: no answer until the active call is held",
                        agent(AgentState.TALKING, connected(1), ringing(2)),
                        onACallAnd(union(CONNECTED_CALL, DEFLECT))),
                row("call ringing while another is held: answer it or retrieve the held one",
                        agent(AgentState.HOLD, held(1), ringing(2)), onACallAnd(ANSWER, RETRIEVE, DEFLECT)),
                row("call ringing while supervising: no answer",
                        supervisor(AgentState.TALKING, supervising(1, CONNECT), ringing(2)),
                        onACallAnd(RELEASE, DEFLECT)),
                row("three legs: each leg's buttons, no completion, no answer",
                        agent(AgentState.TALKING, held(1), consultation(2, CONNECT), ringing(3)),
                        onACallAnd(union(CONNECTED_CALL, RETRIEVE, DEFLECT))),
                row("held call while supervising: retrieve it or leave the supervised call",
                        supervisor(AgentState.TALKING, held(1), supervising(2, CONNECT)),
                        onACallAnd(RETRIEVE, RELEASE)),
                row("two held calls: retrieve", agent(AgentState.HOLD, held(1), held(2)), onACallAnd(RETRIEVE)),
                row("held call and an independent call dialling: retrieve or hang up the dialling one",
                        agent(AgentState.TALKING, held(1), dialling(2)), onACallAnd(RETRIEVE, RELEASE)));
    }

    static Stream<Arguments> endedLegRows() {
        return Stream.of(
                row("Not Ready agent whose last call failed can dial again and log out",
                        agent(AgentState.NOT_READY, leg(1, FAIL)),
                        only(READY, NOT_READY_WITH_REASON, LOGOUT, LOGOUT_WITH_REASON, MAKE_CALL)),
                row("Ready agent whose offered call was cleared sees the Ready buttons",
                        agent(AgentState.AVAILABLE, leg(1, NULL)), only(NOT_READY, NOT_READY_WITH_REASON)),
                row("an ended leg beside a connected call does not spoil its buttons",
                        agent(AgentState.TALKING, leg(1, NULL), connected(2)), onACallAnd(CONNECTED_CALL)),
                row("a failed third leg does not break a consultation",
                        agent(AgentState.TALKING, held(1), consultation(2, CONNECT), leg(3, FAIL)),
                        onACallAnd(union(FEATURES, TRANSFER_COMPLETE, CONFERENCE_COMPLETE, ALTERNATE, RECONNECT, RELEASE))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"agentStateRows", "agentStateWithCallsRows", "callRows", "fallbackRows", "endedLegRows"})
    void desktopShowsExactlyTheButtonsOfTheTable(String observed, AgentSituation situation,
            Set<AgentAction> expected) {
        assertThat(ButtonEnablement.enabled(situation)).as(observed).isEqualTo(expected);
    }

    private static Arguments row(String observed, AgentSituation situation, Set<AgentAction> expected) {
        return Arguments.of(observed, situation, expected);
    }

    private static Set<AgentAction> only(AgentAction... actions) {
        EnumSet<AgentAction> set = EnumSet.noneOf(AgentAction.class);
        set.addAll(Set.of(actions));
        return set;
    }

    private static Set<AgentAction> wayOut() {
        return only(LOGOUT, LOGOUT_WITH_REASON);
    }

    private static Set<AgentAction> onACallAnd(AgentAction... callButtons) {
        return union(ON_A_CALL, callButtons);
    }

    private static Set<AgentAction> onACallAnd(Set<AgentAction> callButtons) {
        return union(ON_A_CALL, callButtons.toArray(AgentAction[]::new));
    }

    private static Set<AgentAction> union(AgentAction[] base, AgentAction... more) {
        return union(Set.of(base), more);
    }

    private static Set<AgentAction> without(Set<AgentAction> base, AgentAction... less) {
        EnumSet<AgentAction> set = EnumSet.noneOf(AgentAction.class);
        set.addAll(base);
        Set.of(less).forEach(set::remove);
        return set;
    }

    private static Set<AgentAction> union(Set<AgentAction> base, AgentAction... more) {
        EnumSet<AgentAction> set = EnumSet.noneOf(AgentAction.class);
        set.addAll(base);
        set.addAll(Set.of(more));
        return set;
    }
}
