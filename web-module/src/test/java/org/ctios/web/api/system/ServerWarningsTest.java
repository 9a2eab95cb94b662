package org.ctios.web.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

/** What {@code GET /api/system/warnings} tells every signed-in user, and the pages show. */
class ServerWarningsTest {

    private final Jsonb json = JsonbBuilder.create();   // as Payara's JAX-RS: no config of our own

    @Test
    void demoAccountsOnAreOneWarningThatNamesThePublicPasswordsAndTheSetting() {
        ServerWarnings warnings = new ServerWarnings(() -> true);

        assertThat(warnings.demoAccounts()).isTrue();
        assertThat(warnings.current()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("demo-accounts");
            assertThat(warning.message()).contains("admin/admin", "public", "ctios.security.demo-users");
        });
        assertThat(json.toJson(new ServerWarningsRepresentation(warnings.current())))
                .startsWith("{\"warnings\":[{\"code\":\"demo-accounts\",\"message\":\"Demo accounts are on");
    }

    @Test
    void aServerAsInProductionWarnsOfNothing() {
        ServerWarnings warnings = new ServerWarnings(() -> false);

        assertThat(warnings.demoAccounts()).isFalse();
        assertThat(json.toJson(new ServerWarningsRepresentation(warnings.current()))).isEqualTo("{\"warnings\":[]}");
    }
}
