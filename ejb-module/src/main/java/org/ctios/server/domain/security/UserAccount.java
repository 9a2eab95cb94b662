package org.ctios.server.domain.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** An account of the REST API: its name, its hashed password, its roles and whom it is (agent) or supervises. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @Column(name = "user_name", length = 64)
    private String userName;

    @Column(name = "password_hash", length = 512, nullable = false)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_name"))
    @Column(name = "role", length = 16, nullable = false)
    @Convert(converter = RoleNameConverter.class)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "agent_id", length = 12)
    private String agentId;

    @Column(name = "supervised_team_id")
    private Integer supervisedTeamId;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String userName, String passwordHash, Set<Role> roles, String agentId,
                       Integer supervisedTeamId, boolean demo) {
        if (userName == null || userName.isBlank() || userName.length() > 64) {
            throw new IllegalArgumentException("a user name has 1 to 64 characters");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        if (roles.contains(Role.AGENT) && agentId == null) {
            throw new IllegalArgumentException("an account with role agent names the agent it is");
        }
        if (roles.contains(Role.SUPERVISOR) && supervisedTeamId == null) {
            throw new IllegalArgumentException("an account with role supervisor names the team it supervises");
        }
        this.userName = userName;
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.roles = new HashSet<>(roles);
        this.agentId = agentId;
        this.supervisedTeamId = supervisedTeamId;
        this.demo = demo;
    }

    /** A new password; the account is no longer a demo account, since someone chose its password. */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
        this.demo = false;
    }

    public void enable(boolean enabled) {
        this.enabled = enabled;
    }

    public String userName() {
        return userName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public String agentId() {
        return agentId;
    }

    public Integer supervisedTeamId() {
        return supervisedTeamId;
    }

    public boolean demo() {
        return demo;
    }

    public boolean enabled() {
        return enabled;
    }
}
