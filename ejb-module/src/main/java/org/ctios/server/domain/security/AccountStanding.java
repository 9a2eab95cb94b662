package org.ctios.server.domain.security;

/** What decides whether an account's signed-in clients may stay: its password (as stored), enabled, demo. */
public record AccountStanding(String userName, String passwordHash, boolean enabled, boolean demo) {
}
