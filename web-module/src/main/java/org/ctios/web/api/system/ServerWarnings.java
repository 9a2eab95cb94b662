package org.ctios.web.api.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.ctios.web.security.SecuritySettings;

/**
 * The warnings the server gives about how it runs ({@code GET /system/warnings}, and in {@code GET /system}): each
 * setting that makes it unfit for production adds one, so that nobody runs it so unknowingly.
 */
@ApplicationScoped
public class ServerWarnings {

    /** The warning of a server with the demo accounts on. */
    static final ServerWarning DEMO_ACCOUNTS = new ServerWarning("demo-accounts", "Demo accounts are on: admin/admin,"
            + " crm/crm, supervisor1/supervisor1 and each agent id as its own password work here, and their passwords"
            + " are public. Only for trying CTI OS on this machine; in production leave "
            + SecuritySettings.DEMO_USERS + " unset (false).");

    private BooleanSupplier demoAccounts;

    /** For the container's proxy. */
    protected ServerWarnings() {
    }

    @Inject
    public ServerWarnings(SecuritySettings settings) {
        this(settings::demoUsers);
    }

    ServerWarnings(BooleanSupplier demoAccounts) {
        this.demoAccounts = demoAccounts;
    }

    public boolean demoAccounts() {
        return demoAccounts.getAsBoolean();
    }

    public List<ServerWarning> current() {
        List<ServerWarning> warnings = new ArrayList<>();
        if (demoAccounts()) {
            warnings.add(DEMO_ACCOUNTS);
        }
        return List.copyOf(warnings);
    }
}
