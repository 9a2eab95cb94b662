package org.ctios.protocol.codec;

import java.util.List;
import org.ctios.protocol.ProtocolException;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.ConnectedParty;
import org.ctios.protocol.types.CtiClientEntry;

/**
 * Reading and writing of the floating fields and groups that many messages share: call variables, connected
 * parties, CTI client signatures. Field sizes are the protocol's maxima, NUL included.
 */
final class CommonFields {

    /** Largest CallVariable1..10 field, NUL included. */
    static final int CALL_VARIABLE_SIZE = CallVariables.MAX_LENGTH + 1;

    private CommonFields() {
    }

    /** A fresh holder for the ten call variables of one message. */
    static String[] callVariableSlots() {
        return new String[CallVariables.COUNT];
    }

    /** Reads the current field into {@code slots} when it is a CallVariable; false when it is not. */
    static boolean readCallVariable(BodyReader in, String[] slots) throws ProtocolException {
        int tag = in.tag();
        if (tag < Tag.CALL_VARIABLE_1 || tag > Tag.CALL_VARIABLE_10) {
            return false;
        }
        slots[tag - Tag.CALL_VARIABLE_1] = in.string(CALL_VARIABLE_SIZE);
        return true;
    }

    static CallVariables callVariables(String[] slots) {
        return CallVariables.of(slots);
    }

    /** Collects the ConnectedPartyCallID / DeviceIDType / DeviceID group (tags 39 to 41). */
    static RepeatedGroup<ConnectedParty> connectedPartyGroup() {
        return new RepeatedGroup<>(3, m -> new ConnectedParty((Long) m[0], (Integer) m[1], (String) m[2]));
    }

    /** Reads a member of the connected-party group; false when the current field is not one. */
    static boolean readConnectedParty(BodyReader in, RepeatedGroup<ConnectedParty> group) throws ProtocolException {
        switch (in.tag()) {
            case Tag.CONNECTED_PARTY_CALL_ID -> group.put(0, in.uintField());
            case Tag.CONNECTED_PARTY_DEVICE_ID_TYPE -> group.put(1, in.ushortField());
            case Tag.CONNECTED_PARTY_DEVICE_ID -> group.put(2, in.string(64));
            default -> {
                return false;
            }
        }
        return true;
    }

    static void writeConnectedParties(List<ConnectedParty> parties, BodyWriter out) throws ProtocolException {
        for (ConnectedParty party : parties) {
            out.uintField(Tag.CONNECTED_PARTY_CALL_ID, party.connectedPartyCallId());
            out.ushortField(Tag.CONNECTED_PARTY_DEVICE_ID_TYPE, party.connectedPartyDeviceIdType());
            out.string(Tag.CONNECTED_PARTY_DEVICE_ID, party.connectedPartyDeviceId(), 64);
        }
    }

    /** Collects the CTIClientSignature / CTIClientTimestamp group (tags 23 and 24). */
    static RepeatedGroup<CtiClientEntry> ctiClientGroup() {
        return new RepeatedGroup<>(2, m -> new CtiClientEntry((String) m[0], (Long) m[1]));
    }

    /** Reads a member of the CTI client group; false when the current field is not one. */
    static boolean readCtiClient(BodyReader in, RepeatedGroup<CtiClientEntry> group) throws ProtocolException {
        switch (in.tag()) {
            case Tag.CTI_CLIENT_SIGNATURE -> group.put(0, in.string(64));
            case Tag.CTI_CLIENT_TIMESTAMP -> group.put(1, in.uintField());
            default -> {
                return false;
            }
        }
        return true;
    }

    static void writeCtiClients(List<CtiClientEntry> clients, BodyWriter out) throws ProtocolException {
        for (CtiClientEntry client : clients) {
            out.string(Tag.CTI_CLIENT_SIGNATURE, client.ctiClientSignature(), 64);
            out.uintField(Tag.CTI_CLIENT_TIMESTAMP, client.ctiClientTimestamp());
        }
    }
}
