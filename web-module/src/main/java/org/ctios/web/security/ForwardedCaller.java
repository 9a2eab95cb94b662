package org.ctios.web.security;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a forwarded request is for, as the forwarding server signed it in: a caller with an account (the link holder
 * reads its roles from the shared accounts, as for any request), or one signed in with a bearer token, whose roles,
 * agent, team and token expiry travel along, the holder having no token to read them from. Never a password or a
 * token.
 *
 * @param roles            the token's role names; empty for an account
 * @param agentId          the token's agent, or {@code null}
 * @param supervisedTeamId the token's supervised team, or {@code null}
 * @param tokenExpiresAt   when the token expires; {@code null} for an account
 */
public record ForwardedCaller(String name, Set<String> roles, String agentId, Integer supervisedTeamId,
                              Instant tokenExpiresAt) {

    public ForwardedCaller {
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
    }

    /** A caller the holder finds in the accounts by its name. */
    public static ForwardedCaller account(String name) {
        return new ForwardedCaller(name, Set.of(), null, null, null);
    }

    public boolean signedInWithToken() {
        return tokenExpiresAt != null;
    }

    /** The header's form: URL-encoded fields, in a fixed order, so that it is signed as sent. */
    String encoded() {
        StringBuilder form = new StringBuilder("name=").append(encode(name));
        if (signedInWithToken()) {
            form.append("&roles=").append(encode(roles.stream().sorted().collect(Collectors.joining(","))))
                    .append("&agent=").append(agentId == null ? "" : encode(agentId))
                    .append("&team=").append(supervisedTeamId == null ? "" : supervisedTeamId)
                    .append("&expires=").append(tokenExpiresAt.getEpochSecond());
        }
        return form.toString();
    }

    /** @throws IllegalArgumentException when {@code encoded} is not what {@link #encoded()} writes */
    static ForwardedCaller decode(String encoded) {
        Map<String, String> fields = new HashMap<>();
        for (String field : encoded.split("&")) {
            int equals = field.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("not a forwarded caller: " + encoded);
            }
            fields.put(field.substring(0, equals), URLDecoder.decode(field.substring(equals + 1),
                    StandardCharsets.UTF_8));
        }
        String name = fields.get("name");
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a forwarded caller needs a name");
        }
        if (!fields.containsKey("expires")) {
            return account(name);
        }
        String roles = fields.getOrDefault("roles", "");
        String agent = fields.getOrDefault("agent", "");
        String team = fields.getOrDefault("team", "");
        try {
            return new ForwardedCaller(name, roles.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(roles.split(","))),
                    agent.isEmpty() ? null : agent, team.isEmpty() ? null : Integer.valueOf(team),
                    Instant.ofEpochSecond(Long.parseLong(fields.get("expires"))));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a forwarded caller: " + encoded, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
