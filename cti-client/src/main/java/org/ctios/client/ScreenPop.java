package org.ctios.client;

import java.util.Map;

/**
 * What a {@code CallDelivered} event carries for a screen pop: who is called, by whom, and the call's data.
 *
 * @param agentId             the agent whose phone rings
 * @param device              its device
 * @param ani                 the caller's number
 * @param dnis                the number called
 * @param dialedNumber        the number dialled, as the switch reports it
 * @param callerEnteredDigits digits the caller entered in the IVR
 * @param callVariables       {@code CallVariable1}... to their values
 * @param ecc                 ECC variables by name
 * @param skillGroupNumber    the skill group it came through, or null
 */
public record ScreenPop(String agentId, String device, String ani, String dnis, String dialedNumber,
                        String callerEnteredDigits, Map<String, String> callVariables, Map<String, String> ecc,
                        String skillGroupNumber) {
}
