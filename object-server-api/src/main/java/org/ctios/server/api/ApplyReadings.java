package org.ctios.server.api;

import org.ctios.server.api.view.ApplyFigures;

/** How event application performs, for operators: events committed and rolled back, and the latency to commit. */
public interface ApplyReadings {

    /** The figures since the last reset; with {@code reset}, a new interval starts now. */
    ApplyFigures figures(boolean reset);
}
