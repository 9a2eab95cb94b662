package org.ctios.server.application.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.LocalConnectionState;
import org.ctios.server.domain.agent.AgentState;
import org.ctios.server.domain.call.CallDataValues;
import org.ctios.server.domain.call.ConnectionState;
import org.junit.jupiter.api.Test;

/**
 * The domain's enums name exactly the protocol's constants, so that mapping one to the other by name never fails
 * and every state the CTI Server reports has its place in the domain (and in the database, which stores the names).
 */
class MirroredProtocolEnumsTest {

    private static String[] names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toArray(String[]::new);
    }

    @Test
    void theAgentStatesAreTheProtocols() {
        assertThat(names(AgentState.values())).isEqualTo(names(org.ctios.protocol.types.AgentState.values()));
    }

    @Test
    void theConnectionStatesAreTheProtocols() {
        assertThat(names(ConnectionState.values())).isEqualTo(names(LocalConnectionState.values()));
    }

    @Test
    void eachAgentStateBecomesTheOneOfItsNameAndBack() {
        for (org.ctios.protocol.types.AgentState reported : org.ctios.protocol.types.AgentState.values()) {
            AgentState domain = ProtocolEnums.toDomain(reported);
            assertThat(domain.name()).isEqualTo(reported.name());
            assertThat(ProtocolEnums.toProtocol(domain)).isSameAs(reported);
        }
    }

    @Test
    void eachConnectionStateBecomesTheOneOfItsNameAndBack() {
        for (LocalConnectionState reported : LocalConnectionState.values()) {
            ConnectionState domain = ProtocolEnums.toDomain(reported);
            assertThat(domain.name()).isEqualTo(reported.name());
            assertThat(ProtocolEnums.toProtocol(domain)).isSameAs(reported);
        }
    }

    @Test
    void aStateNotReportedStaysUnreported() {
        assertThat(ProtocolEnums.toDomain((LocalConnectionState) null)).isNull();
        assertThat(ProtocolEnums.toProtocol((ConnectionState) null)).isNull();
    }

    @Test
    void aCallKeepsAsManyCallVariablesAsTheProtocolCarries() {
        assertThat(CallDataValues.CALL_VARIABLES).isEqualTo(CallVariables.COUNT);
    }
}
