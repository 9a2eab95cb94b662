package org.ctios.server.application.translation;

import java.util.function.IntFunction;
import org.ctios.protocol.types.LocalConnectionState;
import org.ctios.server.domain.agent.AgentState;
import org.ctios.server.domain.call.ConnectionState;

/**
 * The protocol's enums and the domain's mirrors of them, which name the same constants: mapped by name once, when
 * the class is loaded, then by ordinal, as this is on the path of every event. ({@code MirroredProtocolEnumsTest}
 * keeps the constants equal.) {@code null}, for a state not reported, stays {@code null}.
 */
public final class ProtocolEnums {

    private static final AgentState[] DOMAIN_AGENT_STATES =
            byName(org.ctios.protocol.types.AgentState.values(), AgentState.class, AgentState[]::new);
    private static final org.ctios.protocol.types.AgentState[] PROTOCOL_AGENT_STATES = byName(AgentState.values(),
            org.ctios.protocol.types.AgentState.class, org.ctios.protocol.types.AgentState[]::new);
    private static final ConnectionState[] DOMAIN_CONNECTION_STATES =
            byName(LocalConnectionState.values(), ConnectionState.class, ConnectionState[]::new);
    private static final LocalConnectionState[] PROTOCOL_CONNECTION_STATES =
            byName(ConnectionState.values(), LocalConnectionState.class, LocalConnectionState[]::new);

    private ProtocolEnums() {
    }

    public static AgentState toDomain(org.ctios.protocol.types.AgentState state) {
        return state == null ? null : DOMAIN_AGENT_STATES[state.ordinal()];
    }

    public static org.ctios.protocol.types.AgentState toProtocol(AgentState state) {
        return state == null ? null : PROTOCOL_AGENT_STATES[state.ordinal()];
    }

    public static ConnectionState toDomain(LocalConnectionState state) {
        return state == null ? null : DOMAIN_CONNECTION_STATES[state.ordinal()];
    }

    public static LocalConnectionState toProtocol(ConnectionState state) {
        return state == null ? null : PROTOCOL_CONNECTION_STATES[state.ordinal()];
    }

    /** The constants of {@code to} named as those of {@code from}, by the ordinal of the latter. */
    private static <F extends Enum<F>, T extends Enum<T>> T[] byName(F[] from, Class<T> to, IntFunction<T[]> array) {
        T[] mapped = array.apply(from.length);
        for (F constant : from) {
            mapped[constant.ordinal()] = Enum.valueOf(to, constant.name());
        }
        return mapped;
    }
}
