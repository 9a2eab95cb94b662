package org.ctios.simulator.acd;

import java.util.List;

/** Told of the switch's events on the engine's thread, batch by batch, in the order they happened. */
public interface AcdEventListener {

    void onEvents(List<AcdEvent> events);
}
