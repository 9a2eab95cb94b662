package org.ctios.simulator.acd;

/**
 * A device's connected (active) connection on one call and its held connection on another: what alternate,
 * reconnect, transfer and conference start from ({@link SwitchState#activeAndHeld}).
 */
record ActiveAndHeld(Call activeCall, Connection active, Call heldCall, Connection held) {
}
