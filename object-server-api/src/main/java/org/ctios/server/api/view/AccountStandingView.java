package org.ctios.server.api.view;

/**
 * Whether an account's open event streams may stay open: they close when it is disabled, removed, or its password
 * changes (the stored hash differs from the one they were opened with).
 */
public record AccountStandingView(String userName, String passwordHash, boolean enabled, boolean demo) {
}
