package org.ctios.connector.adapter.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.ctios.connector.api.event.AgentSnapshot;
import org.ctios.connector.api.event.AgentStateChanged;
import org.ctios.connector.api.event.CallBegun;
import org.ctios.connector.api.event.CallCleared;
import org.ctios.connector.api.event.CallDelivered;
import org.ctios.connector.api.event.CallEnded;
import org.ctios.connector.api.event.CallEstablished;
import org.ctios.connector.api.event.CallHeld;
import org.ctios.connector.api.event.CallParty;
import org.ctios.connector.api.event.CallRetrieved;
import org.ctios.connector.api.event.CallSnapshot;
import org.ctios.connector.api.event.ConnectionCleared;
import org.ctios.connector.api.event.CtiEvent;
import org.ctios.connector.api.event.SnapshotCompleted;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.LocalConnectionState;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.acd.ConnectionState;
import org.ctios.simulator.acd.DeviceKind;

/**
 * The least an application must do with the connector's events to know every agent's state and every call's agent
 * devices: apply events, take snapshots as the truth, and forget the calls a complete snapshot no longer lists. The
 * tests compare it with the simulator's own state; the real state model is the EJB module's.
 */
public final class StateMirror implements Consumer<CtiEvent> {

    /** An agent's state and the calls at agents' devices, comparable with {@link #truthOf}. */
    public record View(Map<String, AgentState> agents, Map<Long, Map<String, LocalConnectionState>> calls) {
    }

    private final Map<String, AgentState> agents = new TreeMap<>();
    private final Map<Long, Map<String, LocalConnectionState>> calls = new TreeMap<>();
    private int completeSnapshots;

    @Override
    public synchronized void accept(CtiEvent event) {
        if (event instanceof AgentStateChanged changed) {
            agents.put(changed.agentId(), changed.state());
        } else if (event instanceof AgentSnapshot snapshot) {
            agents.put(snapshot.agentId(), snapshot.state());
        } else if (event instanceof CallSnapshot snapshot) {
            Map<String, LocalConnectionState> parties = new TreeMap<>();
            for (CallParty party : snapshot.parties()) {
                if (party.state() != null) {
                    parties.put(party.deviceId(), party.state());
                }
            }
            calls.put(snapshot.callId(), parties);
        } else if (event instanceof CallBegun begun) {
            calls.computeIfAbsent(begun.callId(), id -> new TreeMap<>());
        } else if (event instanceof CallDelivered delivered) {
            party(delivered.callId(), delivered.alertingDevice(), LocalConnectionState.ALERTING);
        } else if (event instanceof CallEstablished established) {
            party(established.callId(), established.answeringDevice(), LocalConnectionState.CONNECT);
        } else if (event instanceof CallHeld held) {
            party(held.callId(), held.device(), LocalConnectionState.HOLD);
        } else if (event instanceof CallRetrieved retrieved) {
            party(retrieved.callId(), retrieved.device(), LocalConnectionState.CONNECT);
        } else if (event instanceof ConnectionCleared cleared) {
            Map<String, LocalConnectionState> parties = calls.get(cleared.callId());
            if (parties != null) {
                parties.remove(cleared.device());
            }
        } else if (event instanceof CallCleared cleared) {
            calls.remove(cleared.callId());
        } else if (event instanceof CallEnded ended) {
            calls.remove(ended.callId());
        } else if (event instanceof SnapshotCompleted completed && completed.complete()) {
            calls.keySet().removeIf(completed::showsEnded);
            completeSnapshots++;
        }
    }

    private void party(long callId, String device, LocalConnectionState state) {
        calls.computeIfAbsent(callId, id -> new TreeMap<>()).put(device, state);
    }

    public synchronized int completeSnapshots() {
        return completeSnapshots;
    }

    /** What the mirror knows, restricted to the given agent devices. */
    public synchronized View view(Set<String> agentDevices) {
        Map<Long, Map<String, LocalConnectionState>> atAgents = new TreeMap<>();
        calls.forEach((callId, parties) -> atAgents.put(callId, parties.entrySet().stream()
                .filter(party -> agentDevices.contains(party.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b, TreeMap::new))));
        return new View(new TreeMap<>(agents), atAgents);
    }

    /** The simulator's own state, in the same terms. */
    public static View truthOf(PbxSimulator simulator) {
        Map<String, AgentState> agents = new TreeMap<>();
        simulator.agents().forEach(agent -> agents.put(agent.agentId(), agent.state()));
        Map<Long, Map<String, LocalConnectionState>> calls = new TreeMap<>();
        simulator.calls().forEach(call -> {
            Map<String, LocalConnectionState> parties = new TreeMap<>();
            call.connections().stream().filter(c -> c.kind() == DeviceKind.AGENT)
                    .forEach(c -> parties.put(c.deviceId(), localState(c.state())));
            calls.put(call.callId(), parties);
        });
        return new View(agents, calls);
    }

    private static LocalConnectionState localState(ConnectionState state) {
        return switch (state) {
            case INITIATED -> LocalConnectionState.INITIATE;
            case ALERTING -> LocalConnectionState.ALERTING;
            case CONNECTED -> LocalConnectionState.CONNECT;
            case HELD -> LocalConnectionState.HOLD;
            case QUEUED -> LocalConnectionState.QUEUED;
        };
    }

    /** Agent devices (instruments and extensions) of the simulator's agents. */
    public static Set<String> agentDevices(PbxSimulator simulator) {
        Map<String, Boolean> devices = new HashMap<>();
        simulator.agents().forEach(agent -> {
            devices.put(agent.extension(), true);
            if (agent.instrument() != null) {
                devices.put(agent.instrument(), true);
            }
        });
        return devices.keySet();
    }
}
