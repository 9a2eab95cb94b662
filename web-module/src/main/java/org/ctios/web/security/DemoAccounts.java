package org.ctios.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.ctios.server.api.Accounts;
import org.ctios.server.api.ConfiguredOrganisation.Facts;
import org.ctios.server.api.ConfiguredOrganisation.Team;
import org.ctios.server.api.ConfiguredOrganisation;
import org.ctios.server.api.view.Role;

/**
 * Seeds the demo accounts at start when {@code ctios.security.demo-users} is true (it is false unless set):
 * {@code crm}/{@code crm},
 * {@code admin}/{@code admin}, {@code supervisor1}/{@code supervisor1} supervising the organisation's first team,
 * and every agent of the organisation with its id as user name and password (role agent; a team's supervisor also
 * role supervisor of that team). An account that exists keeps its password and roles. With the demo accounts on, the
 * application refuses to start unless every HTTP listener of the server is on loopback ({@link DemoAccountsExposure}).
 */
@Singleton
@Startup
@DependsOn("FirstAdministrator") // a configured admin password wins over the demo admin/admin
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    @Inject
    private SecuritySettings settings;

    @Inject
    private Accounts accounts;

    @Inject
    private ConfiguredOrganisation configured;

    @Inject
    private PasswordHashing passwords;

    private Supplier<List<HttpListener>> listeners = PayaraHttpListeners::read;

    /** For the container. */
    public DemoAccounts() {
    }

    /** Outside a container, in tests: {@code listeners} stand for the server's HTTP listeners. */
    DemoAccounts(SecuritySettings settings, Accounts accounts, PasswordHashing passwords,
                 ConfiguredOrganisation configured, Supplier<List<HttpListener>> listeners) {
        this.settings = settings;
        this.accounts = accounts;
        this.passwords = passwords;
        this.configured = configured;
        this.listeners = listeners;
    }

    @PostConstruct
    void seed() {
        if (!settings.demoUsers()) {
            LOG.info("no demo accounts (" + SecuritySettings.DEMO_USERS + " is not true); existing ones are refused");
            return;
        }
        Optional<String> refusal = DemoAccountsExposure.refusal(listeners);
        if (refusal.isPresent()) {
            LOG.severe(refusal.get());
            throw new IllegalStateException(refusal.get());
        }
        int added = add("crm", EnumSet.of(Role.CRM), null, null) + add("admin", EnumSet.of(Role.ADMIN), null, null);
        Optional<Facts> organisation = configured.read();
        if (organisation.isPresent()) {
            Optional<Team> firstTeam = organisation.get().teams().stream()
                    .min(Comparator.comparingInt(Team::teamId));
            if (firstTeam.isPresent()) {
                added += add("supervisor1", EnumSet.of(Role.SUPERVISOR), null, firstTeam.get().teamId());
            }
            for (String agentId : organisation.get().agentIds()) {
                Optional<Team> supervised = organisation.get().teams().stream()
                        .filter(team -> agentId.equals(team.supervisorId())).findFirst();
                added += supervised.isPresent()
                        ? add(agentId, EnumSet.of(Role.AGENT, Role.SUPERVISOR), agentId, supervised.get().teamId())
                        : add(agentId, EnumSet.of(Role.AGENT), agentId, null);
            }
        }
        LOG.warning(added + " demo accounts added; their passwords are public: never set "
                + SecuritySettings.DEMO_USERS + "=true in production");
    }

    /** @return 1 if added, 0 if it existed */
    private int add(String name, Set<Role> roles, String agentId, Integer team) {
        if (accounts.find(name).isPresent()) {
            return 0;
        }
        try {
            return accounts.addIfAbsent(name, passwords.hashForDemo(name.toCharArray()), roles, agentId, team, true)
                    ? 1 : 0;
        } catch (RuntimeException e) {
            // Another server of the cluster, starting at the same moment, added it first: a duplicate key.
            if (accounts.find(name).isPresent()) {
                return 0;
            }
            throw e;
        }
    }
}
