package org.ctios.connector.adapter.inbound;

import java.util.ArrayList;
import java.util.List;
import org.ctios.connector.api.event.AgentSkillGroup;
import org.ctios.connector.api.event.CallData;
import org.ctios.connector.api.event.CallParty;
import org.ctios.protocol.message.agent.QueryAgentStateConf;
import org.ctios.protocol.message.snapshot.CallDevice;
import org.ctios.protocol.message.snapshot.SnapshotCallConf;
import org.ctios.protocol.types.AgentState;
import org.ctios.protocol.types.LocalConnectionState;

/** The API's values read from the answers to QUERY_AGENT_STATE and SNAPSHOT_CALL. */
public final class SnapshotValues {

    private static final long NULL_ID = 0xFFFF_FFFFL;

    private SnapshotValues() {
    }

    /** The agent's skill groups; a group without a state of its own has the agent's. */
    public static List<AgentSkillGroup> skillGroups(QueryAgentStateConf state) {
        return state.skillGroups().stream()
                .filter(group -> group.skillGroupNumber() != null)
                .map(group -> new AgentSkillGroup(group.skillGroupNumber(),
                        group.skillGroupId() == null ? NULL_ID : group.skillGroupId(),
                        AgentState.fromWireOrUnknown(group.skillGroupState() == null ? state.agentState()
                                : group.skillGroupState())))
                .toList();
    }

    public static CallData callData(SnapshotCallConf call) {
        return new CallData(call.ani(), call.dnis(), call.dialedNumber(), call.callerEnteredDigits(),
                call.callVariables(), call.namedVariables(), call.namedArrays(), call.callWrapupData());
    }

    /** Every device on the call with its connection state. */
    public static List<CallParty> parties(SnapshotCallConf call) {
        List<CallParty> parties = new ArrayList<>();
        for (CallDevice device : call.callDevices()) {
            String deviceId = device.callDeviceId() != null ? device.callDeviceId() : device.callConnectionDeviceId();
            LocalConnectionState state = device.callDeviceConnectionState() == null ? null
                    : LocalConnectionState.fromWire(device.callDeviceConnectionState()).orElse(null);
            parties.add(new CallParty(deviceId, state));
        }
        return parties;
    }
}
