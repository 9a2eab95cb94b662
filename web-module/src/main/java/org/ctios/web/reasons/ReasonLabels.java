package org.ctios.web.reasons;

import java.util.HashMap;
import java.util.Map;
import org.ctios.protocol.types.AgentState;

/**
 * The label shown for an agent's not-ready or logout reason code, so that no page shows a bare number: the
 * deployment's configured label first (the lists desktops offer, {@code ReasonCodes}, which produces this), then the
 * label of a code the switch sets itself ({@link #SYSTEM_NOT_READY}, {@link #SYSTEM_LOGOUT}), and otherwise a neutral
 * "Reason 42". Code 0 is no reason: no label. A code is looked up in the logout lists for a logged-out agent (or a
 * logout pending) and in the not-ready lists for every other state, since the two lists may give one code two
 * meanings.
 *
 * <p>Plain Java and immutable: built once at start from the configured lists. A package of its own, so that the
 * representations and the event streams label reasons without depending on the REST resources' package.
 */
public final class ReasonLabels {

    /**
     * The not-ready reason codes a Unified CCE sets itself, labelled in our words after Cisco's descriptions:
     * "Predefined Not Ready Reason Code" in the Database Schema Handbook for Cisco Unified Contact Center Enterprise,
     * release 15.0(1) (section Reason Codes, which points to the Unified CCE Reporting User Guide), and the same table
     * in earlier Reporting User Guides. 50002 there stands for any CTI client failure (desktop closed, heartbeat
     * timeout, a CTI Server client such as Finesse failing). 50006 and 51004 were read from a copy of the 15.0(1)
     * handbook whose table had lost its layout (each description before its code); check them against Cisco's page.
     */
    static final Map<Integer, String> SYSTEM_NOT_READY = Map.ofEntries(
            Map.entry(999, "Set by a supervisor"),
            Map.entry(20_001, "Forced logout by the system"),
            Map.entry(20_003, "Not ready before a forced logout"),
            Map.entry(32_767, "Call not answered"),
            Map.entry(50_002, "Connection to the desktop lost"),
            Map.entry(50_005, "Call on a non-ACD line"),
            Map.entry(50_006, "Outgoing call while ready"),
            Map.entry(50_010, "Routed calls did not arrive"),
            Map.entry(50_041, "Mobile agent's line busy"),
            Map.entry(51_004, "Call on the phone at login or PG restart"));

    /**
     * The logout reason codes a Unified CCE sets itself, labelled after Cisco's "Predefined Logout Reason Code"
     * table (same sources as {@link #SYSTEM_NOT_READY}). The table's -1, -2 and -3 (peripheral restart, PG reset,
     * extension changed by an administrator) are left out: EventReasonCode is an unsigned short, and how they travel
     * on it is not documented.
     */
    static final Map<Integer, String> SYSTEM_LOGOUT = Map.ofEntries(
            Map.entry(999, "Logged out by a supervisor"),
            Map.entry(20_002, "Forced logout"),
            Map.entry(20_003, "Forced logout"),
            Map.entry(50_001, "Desktop disconnected"),
            Map.entry(50_002, "Connection to the desktop lost"),
            Map.entry(50_003, "Phone out of service"),
            Map.entry(50_004, "Inactive too long"),
            Map.entry(50_020, "Skill group changed"),
            Map.entry(50_030, "Device target already in use"),
            Map.entry(50_040, "Mobile agent's call failed"),
            Map.entry(50_042, "Mobile agent's line disconnected"));

    private final Map<Integer, String> notReady;
    private final Map<Integer, String> logout;

    /**
     * @param configuredNotReady the configured not-ready labels by code
     * @param configuredLogout   the configured logout labels by code
     */
    public ReasonLabels(Map<Integer, String> configuredNotReady, Map<Integer, String> configuredLogout) {
        notReady = labels(configuredNotReady, SYSTEM_NOT_READY);
        logout = labels(configuredLogout, SYSTEM_LOGOUT);
    }

    private static Map<Integer, String> labels(Map<Integer, String> configured, Map<Integer, String> system) {
        Map<Integer, String> labels = new HashMap<>(system);
        labels.putAll(configured);
        return Map.copyOf(labels);
    }

    /**
     * @param state the state the code is the reason of: the agent's, or the pending state's
     * @return the label, or null for code 0 (no reason) or no state
     */
    public String label(AgentState state, int code) {
        if (code == 0 || state == null) {
            return null;
        }
        String label = (state == AgentState.LOGOUT ? logout : notReady).get(code);
        return label != null ? label : "Reason " + code;
    }
}
