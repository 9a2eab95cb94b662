package org.ctios.simulator.replay;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ctios.protocol.types.CallVariables;
import org.ctios.protocol.types.NamedVariable;
import org.ctios.simulator.PbxSimulator;
import org.ctios.simulator.acd.CallView;

/**
 * Sets call data on a share of the answered calls, as a desktop writes a disposition during the conversation, so the
 * traffic carries CALL_DATA_UPDATE events too. Meant to run every few tens of milliseconds while recording.
 */
final class CallDataUpdates implements Runnable {

    private final PbxSimulator simulator;
    private final int oneCallIn;
    /** Calls already updated; touched on the switch's thread only. */
    private final Set<Long> updated = new HashSet<>();

    /** Updates one answered call in {@code oneCallIn} (chosen by call id), once each. */
    CallDataUpdates(PbxSimulator simulator, int oneCallIn) {
        this.simulator = simulator;
        this.oneCallIn = oneCallIn;
    }

    @Override
    public void run() {
        simulator.onSwitch(acd -> {
            for (CallView call : acd.calls()) {
                if (call.answeredAt() != null && call.callId() % oneCallIn == 0 && updated.add(call.callId())) {
                    acd.setCallData(call.callId(), null, null, CallVariables.none().with(6, "disposition-"
                            + call.callId() % 7), List.of(new NamedVariable("user.disposition.code",
                            String.valueOf(call.callId() % 13))), List.of(), null);
                }
            }
            return null;
        });
    }
}
