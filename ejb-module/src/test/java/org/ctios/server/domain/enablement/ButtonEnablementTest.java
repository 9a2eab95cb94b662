package org.ctios.server.domain.enablement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ctios.server.domain.enablement.Legs.agent;
import static org.ctios.server.domain.enablement.Legs.connected;
import static org.ctios.server.domain.enablement.Legs.held;
import static org.ctios.server.domain.enablement.Legs.ringing;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ctios.server.domain.agent.AgentState;
import org.ctios.server.domain.call.ConnectionState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract of {@link ButtonEnablement#enabled} beyond the rows of the table. */
class ButtonEnablementTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = AgentState.class, mode = EnumSource.Mode.EXCLUDE, names = "RESERVED")
    void anAgentWithoutCallsAlwaysHasSomeButtonToPress(AgentState state) {
        assertThat(ButtonEnablement.enabled(agent(state))).isNotEmpty();
    }

    static Stream<CallLeg> everyLeftOverLeg() {
        return Legs.everyLeg(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyLeftOverLeg")
    void aLoggedOutAgentCanOnlyLogInWhateverCallLegsAreLeftOver(CallLeg leftOver) {
        AgentSituation situation = agent(AgentState.LOGOUT, leftOver, connected(99));

        assertThat(ButtonEnablement.enabled(situation)).containsExactly(AgentAction.LOGIN);
    }

    static Stream<Arguments> endedLegsInEveryState() {
        return Stream.of(AgentState.values()).flatMap(state -> Legs.everyLeg(1).filter(leg -> !Legs.isLive(leg))
                .map(leg -> Arguments.of(state, leg)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("endedLegsInEveryState")
    void aCallThatHasEndedChangesNoButton(AgentState state, CallLeg ended) {
        assertThat(ButtonEnablement.enabled(agent(state, ended))).isEqualTo(ButtonEnablement.enabled(agent(state)));
        assertThat(ButtonEnablement.enabled(agent(state, ended, held(2))))
                .isEqualTo(ButtonEnablement.enabled(agent(state, held(2))));
    }

    static Stream<AgentSituation> situationsWithAndWithoutButtons() {
        return Stream.of(agent(AgentState.RESERVED), agent(AgentState.NOT_READY),
                agent(AgentState.TALKING, held(1), connected(2)), agent(AgentState.RESERVED, ringing(1)));
    }

    @ParameterizedTest
    @MethodSource("situationsWithAndWithoutButtons")
    void theCallerCannotChangeTheEnabledButtons(AgentSituation situation) {
        Set<AgentAction> enabled = ButtonEnablement.enabled(situation);

        assertThatThrownBy(() -> enabled.add(AgentAction.LOGIN)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> enabled.removeAll(List.of(AgentAction.values())))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(enabled::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aCallerChangingOneAnswerCannotAffectTheNext() {
        // Each answer is a set of its own: table rows must not leak out as the result.
        Set<AgentAction> first = ButtonEnablement.enabled(agent(AgentState.RESERVED, ringing(1)));
        Set<AgentAction> second = ButtonEnablement.enabled(agent(AgentState.RESERVED, ringing(1)));

        assertThat(first).isEqualTo(second).isNotSameAs(second);
    }

    @Test
    void aMissingSituationIsRejectedByName() {
        assertThatNullPointerException().isThrownBy(() -> ButtonEnablement.enabled(null))
                .withMessage("situation must not be null");
    }

    @Test
    void aLegWithoutAStateCannotReachTheRules() {
        assertThatNullPointerException()
                .isThrownBy(() -> ButtonEnablement.enabled(agent(AgentState.TALKING,
                        new CallLeg(7, null, false, false))))
                .withMessageContaining("call 7");
    }

    @Test
    void everyConnectionStateIsCoveredByTheSweeps() {
        // The sweeps and the ended-leg test build their legs from every constant; this guards that helper.
        assertThat(Legs.everyLeg(1).map(CallLeg::state).distinct())
                .containsExactlyInAnyOrder(ConnectionState.values());
    }
}
