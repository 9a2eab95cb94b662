package org.ctios.server.application.team;

import java.util.Locale;

/**
 * Where team membership and supervisors come from ({@code ctios.teams.source}). SWITCH (the default): the CTI
 * Server's team configuration, read at every link start and resynchronisation and followed on each change, wins
 * over the organisation file, which stays the fallback for every team and agent the switch says nothing about; the
 * switch is what routes and what its supervisors' phones act on, so the desktops must agree with it. ORGANISATION:
 * the switch's team events are ignored, and the file alone says (a switch whose team configuration is not kept up).
 */
public enum TeamsSource {
    SWITCH, ORGANISATION;

    /** The setting's value, {@code switch} or {@code organisation}; anything else is refused, naming the setting. */
    public static TeamsSource of(String setting) {
        try {
            return valueOf(setting.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("ctios.teams.source must be switch or organisation, not '" + setting
                    + "'", e);
        }
    }
}
