package org.ctios.server.application.translation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.ctios.connector.api.event.CallBegun;
import org.ctios.connector.api.event.CallCleared;
import org.ctios.connector.api.event.CallConferenced;
import org.ctios.connector.api.event.CallData;
import org.ctios.connector.api.event.CallDataUpdated;
import org.ctios.connector.api.event.CallDelivered;
import org.ctios.connector.api.event.CallDiverted;
import org.ctios.connector.api.event.CallEnded;
import org.ctios.connector.api.event.CallEstablished;
import org.ctios.connector.api.event.CallEvent;
import org.ctios.connector.api.event.CallFailed;
import org.ctios.connector.api.event.CallHeld;
import org.ctios.connector.api.event.CallOriginated;
import org.ctios.connector.api.event.CallParty;
import org.ctios.connector.api.event.CallQueued;
import org.ctios.connector.api.event.CallRetrieved;
import org.ctios.connector.api.event.CallSnapshot;
import org.ctios.connector.api.event.CallTransferred;
import org.ctios.connector.api.event.ConnectionCleared;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.EventCause;
import org.ctios.protocol.types.LocalConnectionState;
import org.ctios.server.domain.call.CallChange;
import org.ctios.server.domain.call.CallDataReport;
import org.ctios.server.domain.call.ConnectionState;
import org.ctios.server.domain.call.RouterCallKey;
import org.ctios.server.domain.stream.Occurrence;

/**
 * The connector's call events as the domain's call changes. A call's parties are the devices the contact centre
 * watches: agents' phones and queues. Snapshots, transfers and conferences also list customers and outside numbers;
 * those are left out, as the other events leave them out.
 *
 * <p>Java 17 has no switch over the kinds of a sealed interface (a preview until Java 21): the chain below ends in
 * an exception, and {@code CallChangesTest} fails when one of the connector's kinds is missing from it.
 */
public final class CallChanges {

    private static final int SUPERVISOR_BARGE_IN = EventCause.SUPERVISOR_BARGE_IN.wire();

    private CallChanges() {
    }

    /**
     * @param isAgentDevice  whether a device is an agent's phone
     * @param joiningStates  for a transfer or conference: the states the joining devices had on the consultation
     *                       call, by device
     * @throws IllegalArgumentException for a kind of call event this translation does not know
     */
    public static CallChange of(CallEvent event, Predicate<String> isAgentDevice,
                                Map<String, ConnectionState> joiningStates) {
        Occurrence occurrence = Origins.occurrence(event.origin());
        if (event instanceof CallBegun begun) {
            return new CallChange.Begun(occurrence, begun.callType(), begun.device(), report(begun.data()),
                    routerCallKey(begun));
        } else if (event instanceof CallQueued queued) {
            return new CallChange.Queued(occurrence, queued.queueDevice(), queued.skillGroupNumbers());
        } else if (event instanceof CallDelivered delivered) {
            return new CallChange.Delivered(occurrence, delivered.alertingDevice(), delivered.skillGroupNumber(),
                    report(delivered.data()));
        } else if (event instanceof CallOriginated originated) {
            return new CallChange.Originated(occurrence, originated.device());
        } else if (event instanceof CallEstablished established) {
            return new CallChange.Established(occurrence, established.answeringDevice(), established.callingDevice());
        } else if (event instanceof CallHeld held) {
            return new CallChange.Held(occurrence, held.device());
        } else if (event instanceof CallRetrieved retrieved) {
            return new CallChange.Retrieved(occurrence, retrieved.device());
        } else if (event instanceof ConnectionCleared cleared) {
            return new CallChange.PartyLeft(occurrence, cleared.device());
        } else if (event instanceof CallCleared) {
            return new CallChange.Cleared(occurrence);
        } else if (event instanceof CallEnded) {
            return new CallChange.Ended(occurrence);
        } else if (event instanceof CallDataUpdated updated) {
            return new CallChange.DataUpdated(occurrence, report(updated.data()));
        } else if (event instanceof CallTransferred transferred) {
            return new CallChange.Transferred(occurrence, agentDevices(transferred.parties(), isAgentDevice),
                    joiningStates);
        } else if (event instanceof CallConferenced conferenced) {
            String bargingSupervisor = conferenced.eventCause() == SUPERVISOR_BARGE_IN
                    ? conferenced.addedPartyDevice() : null;
            return new CallChange.Conferenced(occurrence, agentDevices(conferenced.parties(), isAgentDevice),
                    conferenced.controllerDevice(), joiningStates, bargingSupervisor);
        } else if (event instanceof CallFailed failed) {
            return new CallChange.PartyLeft(occurrence, failed.failingDevice());
        } else if (event instanceof CallDiverted diverted) {
            return new CallChange.PartyLeft(occurrence, diverted.divertingDevice());
        } else if (event instanceof CallSnapshot snapshot) {
            return new CallChange.Snapshot(occurrence, snapshot.callType(), report(snapshot.data()),
                    watchedParties(snapshot.parties(), isAgentDevice));
        }
        throw new IllegalArgumentException("a kind of call event this server does not translate: "
                + event.getClass().getName());
    }

    /** What the event reports of the call's data; the protocol's absent call variables stay out of it. */
    static CallDataReport report(CallData data) {
        Map<Integer, String> variables = Map.of();
        CallVariables reported = data.callVariables();
        if (!reported.isEmpty()) {
            variables = new HashMap<>();
            for (int number = 1; number <= CallVariables.COUNT; number++) {
                String value = reported.get(number);
                if (value != null) {
                    variables.put(number, value);
                }
            }
        }
        Map<String, String> ecc = Map.of();
        if (!data.namedVariables().isEmpty() || !data.namedArrays().isEmpty()) {
            Map<String, String> named = new HashMap<>();
            data.namedVariables().forEach(variable -> named.put(variable.name(), variable.value()));
            data.namedArrays().forEach(element -> named.put(CallDataReport.arrayElement(element.name(),
                    element.index()), element.value()));
            ecc = named;
        }
        return new CallDataReport(data.ani(), data.dnis(), data.dialedNumber(), data.callerEnteredDigits(),
                variables, ecc, data.callWrapupData());
    }

    /** The router's key, or {@code null} when the call was not routed (the protocol then reports zeros). */
    private static RouterCallKey routerCallKey(CallBegun begun) {
        return begun.routerCallKeyDay() != 0 || begun.routerCallKeyCallId() != 0
                ? new RouterCallKey(begun.routerCallKeyDay(), begun.routerCallKeyCallId()) : null;
    }

    private static List<String> agentDevices(List<String> devices, Predicate<String> isAgentDevice) {
        List<String> watched = new ArrayList<>(devices.size());
        for (String device : devices) {
            if (isAgentDevice.test(device)) {
                watched.add(device);
            }
        }
        return watched;
    }

    /** The snapshot's queues and agents' phones, in the order reported. */
    private static List<CallChange.Snapshot.Party> watchedParties(List<CallParty> parties,
                                                                  Predicate<String> isAgentDevice) {
        List<CallChange.Snapshot.Party> watched = new ArrayList<>(parties.size());
        for (CallParty party : parties) {
            if (party.state() == LocalConnectionState.QUEUED || isAgentDevice.test(party.deviceId())) {
                watched.add(new CallChange.Snapshot.Party(party.deviceId(), ProtocolEnums.toDomain(party.state())));
            }
        }
        return watched;
    }
}
