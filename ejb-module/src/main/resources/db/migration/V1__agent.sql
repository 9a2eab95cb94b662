-- Agents as the CTI Server reports them.
CREATE TABLE agent (
    agent_id    VARCHAR(12)  NOT NULL PRIMARY KEY,
    extension   VARCHAR(16),
    instrument  VARCHAR(64),
    state       VARCHAR(20)  NOT NULL,
    reason_code INTEGER      NOT NULL,
    state_since TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL
);
