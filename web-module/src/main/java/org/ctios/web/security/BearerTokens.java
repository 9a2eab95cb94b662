package org.ctios.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ctios.server.api.view.Role;

/**
 * Verifies bearer tokens (OIDC access or ID tokens, MicroProfile JWTs) with Nimbus JOSE + JWT: an asymmetric
 * signature (RSA or EC) by the configured key, the configured issuer exactly, one of the accepted audiences when
 * some are configured, an expiry (a token without one is refused), with {@link TokenSettings#clockSkew()} of
 * tolerance. The caller it describes: its name, its roles (unknown role names ignored), the agent it is and the
 * team it supervises, from the configured claims. A JWKS URL is fetched when first needed and cached by Nimbus
 * (refreshed on an unknown key id).
 */
@ApplicationScoped
public class BearerTokens {

    /** A token that is not valid here: the message says why, without echoing the token. */
    static final class InvalidTokenException extends Exception {

        private static final long serialVersionUID = 1L;

        InvalidTokenException(String message) {
            super(message);
        }
    }

    /** A token's caller, and until when the token holds. */
    record VerifiedToken(Caller caller, Instant expiresAt) {
    }

    private static final Set<JWSAlgorithm> ASYMMETRIC = new HashSet<>();

    static {
        ASYMMETRIC.addAll(JWSAlgorithm.Family.RSA);
        ASYMMETRIC.addAll(JWSAlgorithm.Family.EC);
    }

    private TokenSettings settings;
    private ConfigurableJWTProcessor<SecurityContext> processor;

    /** For the container's proxy. */
    protected BearerTokens() {
    }

    @Inject
    public BearerTokens(TokenSettings settings) {
        this.settings = settings;
    }

    /** @throws IllegalStateException naming the setting when a configured key cannot be read */
    @PostConstruct
    void configure() {
        if (!settings.enabled()) {
            return;
        }
        DefaultJWTProcessor<SecurityContext> configured = new DefaultJWTProcessor<>();
        configured.setJWSKeySelector(keySelector());
        List<String> audiences = settings.audiences();
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                audiences.isEmpty() ? null : new HashSet<>(audiences),
                new JWTClaimsSet.Builder().issuer(settings.issuer().orElseThrow()).build(), Set.of("exp"), null);
        claims.setMaxClockSkew((int) settings.clockSkew().toSeconds());
        configured.setJWTClaimsSetVerifier(claims);
        processor = configured;
    }

    boolean enabled() {
        return processor != null;
    }

    VerifiedToken verify(String token) throws InvalidTokenException {
        if (processor == null) {
            throw new InvalidTokenException("this server accepts no bearer tokens (mp.jwt.verify.issuer and a key "
                    + "are not configured): sign in with a user name and password");
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException e) {
            throw new InvalidTokenException("the bearer token is not a JWT");
        } catch (BadJOSEException e) {
            throw new InvalidTokenException("the bearer token is not valid: " + e.getMessage());
        } catch (JOSEException e) {
            throw new InvalidTokenException("the bearer token could not be verified: " + e.getMessage());
        }
        String name = settings.nameClaims().stream().map(claim -> stringClaim(claims, claim))
                .filter(value -> value != null && !value.isBlank()).findFirst()
                .orElseThrow(() -> new InvalidTokenException("the bearer token names no caller (claims "
                        + settings.nameClaims() + ")"));
        Caller caller = new Caller(name, roles(claims.getClaim(settings.rolesClaim())),
                stringClaim(claims, settings.agentClaim()), team(claims.getClaim(settings.teamClaim())));
        return new VerifiedToken(caller, claims.getExpirationTime().toInstant());
    }

    /**
     * A JWKS URL's keys are chosen by the token's key id; a configured key set likewise, except that one key
     * without an id (a PEM key, as MicroProfile JWT configures it) verifies every token of its type, whatever id the
     * token's header names.
     */
    private JWSKeySelector<SecurityContext> keySelector() {
        String location = settings.publicKeyLocation().orElse("");
        if (settings.publicKey().isEmpty() && (location.startsWith("https://") || location.startsWith("http://"))) {
            try {
                return new JWSVerificationKeySelector<>(ASYMMETRIC,
                        JWKSourceBuilder.<SecurityContext>create(URI.create(location).toURL()).build());
            } catch (MalformedURLException | IllegalArgumentException e) {
                throw new IllegalStateException("mp.jwt.verify.publickey.location is no URL: " + location, e);
            }
        }
        JWKSet keys = settings.publicKey().isPresent()
                ? parseKeys(settings.publicKey().get(), "mp.jwt.verify.publickey")
                : parseKeys(read(location), "mp.jwt.verify.publickey.location " + location);
        if (keys.size() == 1 && keys.getKeys().get(0).getKeyID() == null) {
            return onlyKey(keys.getKeys().get(0));
        }
        return new JWSVerificationKeySelector<>(ASYMMETRIC, new ImmutableJWKSet<>(keys));
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | InvalidPathException e) {
            throw new IllegalStateException("mp.jwt.verify.publickey.location cannot be read: " + file, e);
        }
    }

    private static JWSKeySelector<SecurityContext> onlyKey(JWK key) {
        Key publicKey;
        Set<JWSAlgorithm> algorithms;
        try {
            if (key instanceof RSAKey rsa) {
                publicKey = rsa.toPublicKey();
                algorithms = JWSAlgorithm.Family.RSA;
            } else if (key instanceof ECKey ec) {
                publicKey = ec.toPublicKey();
                algorithms = JWSAlgorithm.Family.EC;
            } else {
                throw new IllegalStateException("the configured key is neither RSA nor EC: " + key.getKeyType());
            }
        } catch (JOSEException e) {
            throw new IllegalStateException("the configured key cannot be used: " + e.getMessage(), e);
        }
        return (header, context) -> algorithms.contains(header.getAlgorithm()) ? List.of(publicKey) : List.of();
    }

    /** A PEM public key (its Base64 alone will do), one JWK or a JWK set. */
    static JWKSet parseKeys(String text, String setting) {
        String trimmed = text.strip();
        try {
            if (!trimmed.startsWith("{")) {
                return new JWKSet(pemPublicKey(trimmed));
            }
            if (trimmed.contains("\"keys\"")) {
                return JWKSet.parse(trimmed);
            }
            return new JWKSet(JWK.parse(trimmed));
        } catch (ParseException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(setting + " is no PEM public key, JWK or JWK set: " + e.getMessage(), e);
        }
    }

    /**
     * An X.509 SubjectPublicKeyInfo in PEM (what OpenSSL and most providers export), RSA or EC, read by the JDK
     * (Nimbus's own PEM reader needs BouncyCastle).
     */
    private static JWK pemPublicKey(String pem) throws GeneralSecurityException {
        byte[] der = Base64.getMimeDecoder().decode(pem.replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", ""));
        X509EncodedKeySpec spec = new X509EncodedKeySpec(der);
        try {
            return new RSAKey.Builder((RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(spec)).build();
        } catch (InvalidKeySpecException notRsa) {
            ECPublicKey key = (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(spec);
            return new ECKey.Builder(Curve.forECParameterSpec(key.getParams()), key).build();
        }
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value == null ? null : String.valueOf(value);
    }

    /** A list of role names, or one string of them separated by spaces or commas (as some providers send). */
    private static Set<Role> roles(Object claim) {
        Collection<?> names;
        if (claim instanceof Collection<?> list) {
            names = list;
        } else if (claim instanceof String text) {
            names = List.of(text.split("[\\s,]+"));
        } else {
            names = List.of();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object name : names) {
            for (Role role : Role.values()) {
                if (role.roleName().equals(String.valueOf(name).toLowerCase(Locale.ROOT))) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static Integer team(Object claim) throws InvalidTokenException {
        if (claim == null) {
            return null;
        }
        if (claim instanceof Number number) {
            return number.intValue();
        }
        try {
            return Integer.valueOf(String.valueOf(claim).strip());
        } catch (NumberFormatException e) {
            throw new InvalidTokenException("the bearer token's team claim is no number");
        }
    }
}
