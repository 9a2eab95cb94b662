package org.ctios.connector.api.event;

import org.ctios.protocol.types.LocalConnectionState;

/**
 * A device on a call and the state of its connection; {@code state} is {@code null} when the event does not say.
 */
public record CallParty(String deviceId, LocalConnectionState state) {
}
