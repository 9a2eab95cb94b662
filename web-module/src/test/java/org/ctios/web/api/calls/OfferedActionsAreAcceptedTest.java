package org.ctios.web.api.calls;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Pattern;
import java.util.Map;
import org.ctios.server.api.CallAction;
import org.ctios.server.api.view.AgentAction;
import org.ctios.web.api.agents.AgentStateChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every button the enablement can offer is something the REST API accepts: a call button's action is one the call
 * actions' body allows, an agent-state button's state one the state change's body allows (the enablement side,
 * that each offered call button is carried out by the desks on some call, is ejb-module's
 * {@code OfferedActionsAreCarriedOutTest}).
 */
class OfferedActionsAreAcceptedTest {

    /** The non-call buttons and the agent state each requests; MAKE_CALL and WRAP_UP have requests of their own. */
    private static final Map<AgentAction, String> STATE_OF = Map.of(AgentAction.LOGIN, "LOGIN",
            AgentAction.LOGOUT, "LOGOUT", AgentAction.LOGOUT_WITH_REASON, "LOGOUT", AgentAction.READY, "AVAILABLE",
            AgentAction.NOT_READY, "NOT_READY", AgentAction.NOT_READY_WITH_REASON, "NOT_READY");

    @ParameterizedTest(name = "{0}")
    @EnumSource(AgentAction.class)
    void everyButtonIsARequestTheApiAccepts(AgentAction button) throws Exception {
        String actions = regexp(CallActionRequest.class, "action");
        String states = regexp(AgentStateChange.class, "state");
        var action = CallAction.carrying(button);
        if (action.isPresent()) {
            assertThat(action.get().name()).as("%s's call action", button).matches(actions);
        } else if (STATE_OF.containsKey(button)) {
            assertThat(STATE_OF.get(button)).as("%s's state", button).matches(states);
        } else {
            assertThat(button).as("POST /calls and PUT /calls/{id}/data")
                    .isIn(AgentAction.MAKE_CALL, AgentAction.WRAP_UP);
        }
    }

    @Test
    void everyCallActionTheApiAcceptsIsOneTheDesksKnowAndNoneIsSingleStepConference() throws Exception {
        for (String name : regexp(CallActionRequest.class, "action").split("\\|")) {
            assertThat(CallAction.valueOf(name)).isNotNull();
        }
        for (CallAction action : CallAction.values()) {
            assertThat(action.name()).matches(regexp(CallActionRequest.class, "action"));
        }
        assertThat(AgentAction.values()).extracting(Enum::name).doesNotContain("SINGLE_STEP_CONFERENCE");
    }

    @Test
    void dtmfDigitsAreValidatedAsTheDesksCheckThem() throws Exception {
        String digits = regexp(CallActionRequest.class, "digits");
        assertThat("0123456789*#ABCD").matches(digits);
        assertThat("1".repeat(31)).matches(digits);
        assertThat("1".repeat(32)).doesNotMatch(digits);
        assertThat("12a").doesNotMatch(digits);
        assertThat("").doesNotMatch(digits);
    }

    private static String regexp(Class<?> type, String field) throws NoSuchFieldException {
        return type.getDeclaredField(field).getAnnotation(Pattern.class).regexp();
    }
}
