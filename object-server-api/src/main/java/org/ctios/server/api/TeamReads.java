package org.ctios.server.api;

/** The teams of the organisation, read from the live model in memory (their members: {@link SupervisorDesk}). */
public interface TeamReads {

    boolean exists(int teamId);
}
