package org.ctios.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.ctios.server.api.view.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bearer tokens signed with a test key: who they make the caller, and every way one is refused. */
class BearerTokensTest {

    private static final String ISSUER = "https://idp.example.test/realms/contact-centre";
    private static final RSAKey KEY = generate("test-key");
    private static final RSAKey OTHER_KEY = generate("other-key");

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BearerTokens tokens(String publicKey, String location, String audiences) {
        BearerTokens tokens = new BearerTokens(new TokenSettings(ISSUER, publicKey, location, audiences));
        tokens.configure();
        return tokens;
    }

    private static BearerTokens tokens() {
        return tokens(KEY.toPublicJWK().toJSONString(), null, "ctios");
    }

    private static String token(RSAKey key, Consumer<JWTClaimsSet.Builder> claims) throws JOSEException {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(ISSUER).audience("ctios")
                .subject("5f3c-user").claim("preferred_username", "supervisor7")
                .claim("groups", List.of("supervisor", "agent", "offline_access"))
                .claim("agent_id", "1025").claim("supervised_team", 1)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300)));
        claims.accept(builder);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                builder.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void aValidTokenMakesTheCallerItNamesWithItsRolesAgentAndTeam() throws Exception {
        BearerTokens.VerifiedToken verified = tokens().verify(token(KEY, claims -> { }));

        assertThat(verified.caller()).isEqualTo(new Caller("supervisor7", java.util.Set.of(Role.SUPERVISOR,
                Role.AGENT), "1025", 1));
        assertThat(verified.expiresAt()).isAfter(Instant.now().plusSeconds(200));
    }

    @Test
    void rolesMayComeAsOneStringAndTheNameFromUpnFirst() throws Exception {
        BearerTokens.VerifiedToken verified = tokens().verify(token(KEY, claims -> claims
                .claim("groups", "crm admin").claim("upn", "integration@example.test").claim("agent_id", null)
                .claim("supervised_team", null)));

        assertThat(verified.caller()).isEqualTo(new Caller("integration@example.test",
                java.util.Set.of(Role.CRM, Role.ADMIN), null, null));
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertThatThrownBy(() -> tokens().verify(token(KEY, claims -> claims
                .expirationTime(Date.from(Instant.now().minusSeconds(120))))))
                .isInstanceOf(BearerTokens.InvalidTokenException.class).hasMessageContaining("xpired");
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        assertThatThrownBy(() -> tokens().verify(token(KEY, claims -> claims.expirationTime(null))))
                .isInstanceOf(BearerTokens.InvalidTokenException.class).hasMessageContaining("exp");
    }

    @Test
    void anotherIssuerIsRefused() {
        assertThatThrownBy(() -> tokens().verify(token(KEY, claims -> claims.issuer("https://elsewhere.test"))))
                .isInstanceOf(BearerTokens.InvalidTokenException.class).hasMessageContaining("iss");
    }

    @Test
    void anotherAudienceIsRefusedAndAnyIsAcceptedWhenNoneIsConfigured() throws Exception {
        String forSomeoneElse = token(KEY, claims -> claims.audience("billing"));

        assertThatThrownBy(() -> tokens().verify(forSomeoneElse))
                .isInstanceOf(BearerTokens.InvalidTokenException.class).hasMessageContaining("aud");
        assertThat(tokens(KEY.toPublicJWK().toJSONString(), null, null).verify(forSomeoneElse).caller().name())
                .isEqualTo("supervisor7");
    }

    @Test
    void aTokenSignedWithAnotherKeyUnsignedOrSignedWithASharedSecretIsRefused() throws Exception {
        assertThatThrownBy(() -> tokens().verify(token(OTHER_KEY, claims -> { })))
                .isInstanceOf(BearerTokens.InvalidTokenException.class);

        JWTClaimsSet claims = JWTClaimsSet.parse(SignedJWT.parse(token(KEY, c -> { })).getJWTClaimsSet()
                .toJSONObject());
        assertThatThrownBy(() -> tokens().verify(new PlainJWT(claims).serialize()))
                .isInstanceOf(BearerTokens.InvalidTokenException.class);
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        hmac.sign(new MACSigner(new byte[32]));
        assertThatThrownBy(() -> tokens().verify(hmac.serialize()))
                .isInstanceOf(BearerTokens.InvalidTokenException.class);
        assertThatThrownBy(() -> tokens().verify("not-a-jwt"))
                .isInstanceOf(BearerTokens.InvalidTokenException.class).hasMessageContaining("not a JWT");
    }

    @Test
    void withoutIssuerAndKeyNoTokenIsAccepted() throws Exception {
        BearerTokens off = new BearerTokens(new TokenSettings(null, null, null, null));
        off.configure();

        assertThat(off.enabled()).isFalse();
        assertThatThrownBy(() -> off.verify(token(KEY, claims -> { })))
                .isInstanceOf(BearerTokens.InvalidTokenException.class).hasMessageContaining("mp.jwt.verify.issuer");
    }

    @Test
    void theKeyMayBeAPemFileOrAJwksUrl(@TempDir Path directory) throws Exception {
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.UTF_8))
                .encodeToString(KEY.toRSAPublicKey().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        Path file = Files.writeString(directory.resolve("idp.pem"), pem);
        assertThat(tokens(null, file.toString(), "ctios").verify(token(KEY, claims -> { })).caller().name())
                .isEqualTo("supervisor7");

        HttpServer jwks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.start();
        try {
            String url = "http://127.0.0.1:" + jwks.getAddress().getPort() + "/certs";
            assertThat(tokens(null, url, "ctios").verify(token(KEY, claims -> { })).caller().roles())
                    .contains(Role.SUPERVISOR);
        } finally {
            jwks.stop(0);
        }
    }

    @Test
    void anUnreadableKeyFailsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> tokens("{\"kty\": \"nonsense\"}", null, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("mp.jwt.verify.publickey");
        assertThatThrownBy(() -> tokens(null, "/no/such/key.pem", null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("mp.jwt.verify.publickey.location");
    }
}
