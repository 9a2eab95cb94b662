package org.ctios.web.representation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ctios.server.api.view.CallView;

/**
 * A call in progress as the REST API shows it; ids are strings, times ISO-8601.
 *
 * @param callVariables  {@code CallVariable1}... to their values
 * @param ecc            ECC variables by name
 * @param agentIds       the agents on the call
 * @param enabledActions per agent on the call, the buttons its desktop may offer
 * @param parties        every watched device on the call with its connection state
 * @param recording      being recorded (set on the CTI Server's confirmation of a start or stop)
 * @param conferenceController the device that made the call a conference, or null
 */
public record CallRepresentation(String id, String state, String ani, String dnis, String dialedNumber,
                                 String callerEnteredDigits, Map<String, String> callVariables,
                                 Map<String, String> ecc, String wrapupData, String skillGroup,
                                 List<String> agentIds, Map<String, List<String>> enabledActions,
                                 List<PartyRepresentation> parties, Instant begunAt, Instant deliveredAt,
                                 Instant answeredAt, boolean begunUnseen, boolean recording,
                                 String conferenceController) {

    /** A device on the call; {@code agentId} is null for a queue or an outside number. */
    public record PartyRepresentation(String deviceId, String agentId, String state, boolean supervising) {
    }

    public static CallRepresentation of(CallView call) {
        Map<String, List<String>> enabled = new TreeMap<>();
        call.enabledActions().forEach((agentId, actions) ->
                enabled.put(agentId, actions.stream().map(Enum::name).sorted().toList()));
        return new CallRepresentation(String.valueOf(call.id()), call.state().name(), call.ani(), call.dnis(),
                call.dialedNumber(), call.callerEnteredDigits(), new TreeMap<>(call.callVariables()),
                new TreeMap<>(call.ecc()), call.wrapupData(),
                call.skillGroupNumber() == null ? null : String.valueOf(call.skillGroupNumber()), call.agentIds(),
                enabled, call.parties().stream().map(party -> new PartyRepresentation(party.deviceId(),
                        party.agentId(), party.state().name(), party.supervising())).toList(),
                call.begunAt(), call.deliveredAt(), call.answeredAt(), call.begunUnseen(), call.recording(),
                call.conferenceController());
    }
}
