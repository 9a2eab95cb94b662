package org.ctios.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * Signs tokens as the identity provider the suite's server trusts (arquillian.xml: issuer https://idp.ctios.test,
 * audience ctios, the public half of {@code test-idp-private.pem}, a key made for these tests only).
 */
final class TestIdentityProvider {

    static final String ISSUER = "https://idp.ctios.test";
    static final String AUDIENCE = "ctios";

    private TestIdentityProvider() {
    }

    static String token(String name, List<String> groups, String agentId, Integer team, Instant expires,
                        String issuer, String audience) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject(name)
                .claim("preferred_username", name).claim("groups", groups).claim("agent_id", agentId)
                .claim("supervised_team", team).issueTime(new Date()).expirationTime(Date.from(expires)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test-idp").build(), claims);
        try {
            jwt.sign(new RSASSASigner(privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static PrivateKey privateKey() {
        try (InputStream pem = TestIdentityProvider.class.getResourceAsStream("/test-idp-private.pem")) {
            String text = new String(pem.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(text)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the test identity provider's key cannot be read", e);
        }
    }
}
