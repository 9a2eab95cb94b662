package org.ctios.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How bearer tokens are checked, under MicroProfile JWT's standard names where it has one: the issuer
 * ({@code mp.jwt.verify.issuer}), the key (a PEM public key, a JWK or a JWK set in {@code mp.jwt.verify.publickey},
 * or a file or an http(s) JWKS URL in {@code mp.jwt.verify.publickey.location}) and the accepted audiences
 * ({@code mp.jwt.verify.audiences}); then which claims carry the caller's name, roles, agent and supervised team.
 * Tokens are accepted only when an issuer and a key are configured.
 */
@ApplicationScoped
public class TokenSettings {

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> publicKey;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> publicKeyLocation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    Optional<String> audiences;

    /** The claims tried in turn for the caller's name: MicroProfile JWT's, then OIDC's. */
    @Inject
    @ConfigProperty(name = "ctios.security.token.name-claims", defaultValue = "upn,preferred_username,sub")
    String nameClaims;

    @Inject
    @ConfigProperty(name = "ctios.security.token.roles-claim", defaultValue = "groups")
    String rolesClaim;

    @Inject
    @ConfigProperty(name = "ctios.security.token.agent-claim", defaultValue = "agent_id")
    String agentClaim;

    @Inject
    @ConfigProperty(name = "ctios.security.token.team-claim", defaultValue = "supervised_team")
    String teamClaim;

    @Inject
    @ConfigProperty(name = "ctios.security.token.clock-skew", defaultValue = "PT60S")
    Duration clockSkew;

    /** For the container. */
    protected TokenSettings() {
    }

    /** For tests: the defaults for the claims and skew. */
    TokenSettings(String issuer, String publicKey, String publicKeyLocation, String audiences) {
        this.issuer = Optional.ofNullable(issuer);
        this.publicKey = Optional.ofNullable(publicKey);
        this.publicKeyLocation = Optional.ofNullable(publicKeyLocation);
        this.audiences = Optional.ofNullable(audiences);
        this.nameClaims = "upn,preferred_username,sub";
        this.rolesClaim = "groups";
        this.agentClaim = "agent_id";
        this.teamClaim = "supervised_team";
        this.clockSkew = Duration.ofSeconds(60);
    }

    boolean enabled() {
        return issuer().isPresent() && (publicKey().isPresent() || publicKeyLocation().isPresent());
    }

    Optional<String> issuer() {
        return issuer.filter(value -> !value.isBlank());
    }

    Optional<String> publicKey() {
        return publicKey.filter(value -> !value.isBlank());
    }

    Optional<String> publicKeyLocation() {
        return publicKeyLocation.filter(value -> !value.isBlank());
    }

    /** Empty: any audience (MicroProfile JWT's default when none is configured). */
    List<String> audiences() {
        return audiences.map(value -> Arrays.stream(value.split(",")).map(String::strip)
                .filter(audience -> !audience.isEmpty()).toList()).orElse(List.of());
    }

    List<String> nameClaims() {
        return Arrays.stream(nameClaims.split(",")).map(String::strip).filter(claim -> !claim.isEmpty()).toList();
    }

    String rolesClaim() {
        return rolesClaim;
    }

    String agentClaim() {
        return agentClaim;
    }

    String teamClaim() {
        return teamClaim;
    }

    Duration clockSkew() {
        return clockSkew;
    }
}
