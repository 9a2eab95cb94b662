-- Who may use the REST API and event streams: one row per account, its roles in user_account_role.
-- The password is a Jakarta Security Pbkdf2PasswordHash string (algorithm:iterations:salt:hash), never the password.
CREATE TABLE user_account (
    user_name          VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash      VARCHAR(512) NOT NULL,
    -- The agent this account is (role agent): the agent it may read and control.
    agent_id           VARCHAR(12),
    -- The team this account supervises (role supervisor).
    supervised_team_id INTEGER,
    -- Seeded by the demo switch (ctios.security.demo-users); refused when the switch is off.
    demo               BOOLEAN      DEFAULT FALSE NOT NULL,
    enabled            BOOLEAN      DEFAULT TRUE NOT NULL,
    version            BIGINT       DEFAULT 0 NOT NULL
);

CREATE TABLE user_account_role (
    user_name VARCHAR(64) NOT NULL REFERENCES user_account (user_name) ON DELETE CASCADE,
    role      VARCHAR(16) NOT NULL CHECK (role IN ('agent', 'supervisor', 'crm', 'admin')),
    PRIMARY KEY (user_name, role)
);
