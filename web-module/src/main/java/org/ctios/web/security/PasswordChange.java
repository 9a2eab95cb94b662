package org.ctios.web.security;

/** The body of {@code PUT /api/system/users/{name}/password}. */
public record PasswordChange(String password) {
}
