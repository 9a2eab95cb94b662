package org.ctios.server.events;

import java.util.List;
import org.ctios.server.api.view.SilentMonitorView;

/**
 * A supervisor began or stopped listening to (or whispering on) an agent's call, as the CTI Server confirmed it. The
 * switch sends no event for either, so this notice is all there is: every server of a cluster keeps its silent
 * monitors from it, and the event streams show it to the supervisors of the agent's team, never to the agent. It
 * names no agent or call to read for it: nothing it shows comes from the live model.
 *
 * @param ended the monitor ended (CLEAR, or the supervisor barged in) rather than began
 */
public record SilentMonitorNotice(SilentMonitorView monitor, boolean ended) implements Notice {

    @Override
    public Concerns concerns() {
        return new Concerns(List.of(), List.of(), List.of());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.silentMonitor(this);
    }
}
