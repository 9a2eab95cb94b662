package org.ctios.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CallerCredentialsTest {

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void basicCredentialsGiveTheUserNameAndTheWholePassword() throws Exception {
        Credential credential = CallerCredentials.from(basic("supervisor1:pass:with:colons")).orElseThrow();

        UsernamePasswordCredential given = (UsernamePasswordCredential) credential;
        assertThat(given.getCaller()).isEqualTo("supervisor1");
        assertThat(given.getPasswordAsString()).isEqualTo("pass:with:colons");
    }

    @Test
    void theSchemeIsCaseInsensitiveAndUtf8IsRead() throws Exception {
        UsernamePasswordCredential given = (UsernamePasswordCredential) CallerCredentials
                .from("bAsIc " + Base64.getEncoder().encodeToString("zoë:pässword".getBytes(StandardCharsets.UTF_8)))
                .orElseThrow();

        assertThat(given.getCaller()).isEqualTo("zoë");
        assertThat(given.getPasswordAsString()).isEqualTo("pässword");
    }

    @Test
    void noHeaderIsNoCredentials() throws Exception {
        assertThat(CallerCredentials.from(null)).isEmpty();
        assertThat(CallerCredentials.from(" ")).isEmpty();
    }

    @Test
    void malformedOrForeignCredentialsAreRefusedWithAReason() {
        assertThatThrownBy(() -> CallerCredentials.from("Basic not-base64!"))
                .hasMessageContaining("base64 of user:password");
        assertThatThrownBy(() -> CallerCredentials.from(basic("no-colon")))
                .hasMessageContaining("user:password");
        assertThatThrownBy(() -> CallerCredentials.from(basic(":password-without-user")))
                .hasMessageContaining("user:password");
        assertThatThrownBy(() -> CallerCredentials.from("Basic"))
                .hasMessageContaining("user:password");
        assertThatThrownBy(() -> CallerCredentials.from("Bearer"))
                .hasMessageContaining("needs a token");
        assertThatThrownBy(() -> CallerCredentials.from("Digest username=\"crm\""))
                .hasMessageContaining("scheme must be Basic or Bearer");
    }

    @Test
    void aBearerTokenIsPassedOnUnreadForItsVerifier() throws Exception {
        assertThat(CallerCredentials.from("Bearer abc.def.ghi")).contains(new BearerCredential("abc.def.ghi"));
        assertThat(CallerCredentials.from("bearer  abc.def.ghi ")).contains(new BearerCredential("abc.def.ghi"));
    }
}
