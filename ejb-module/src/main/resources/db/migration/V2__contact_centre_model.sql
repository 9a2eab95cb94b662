-- The contact-centre model: agents in their organisation, calls in progress, and the call history.

ALTER TABLE agent ADD COLUMN team_id INTEGER;
ALTER TABLE agent ADD COLUMN supervisor BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE agent ADD COLUMN logged_in_since TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE agent ADD COLUMN state_before_call VARCHAR(20);
ALTER TABLE agent ADD COLUMN stamp_epoch BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE agent ADD COLUMN stamp_sequence BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX agent_instrument ON agent (instrument);
CREATE INDEX agent_extension ON agent (extension);

CREATE TABLE agent_skill_group (
    agent_id           VARCHAR(12) NOT NULL REFERENCES agent (agent_id) ON DELETE CASCADE,
    skill_group_number BIGINT      NOT NULL,
    state              VARCHAR(20)
);
CREATE INDEX agent_skill_group_agent ON agent_skill_group (agent_id);
CREATE INDEX agent_skill_group_number ON agent_skill_group (skill_group_number);

CREATE TABLE skill_group (
    skill_group_number BIGINT      NOT NULL PRIMARY KEY,
    skill_group_id     BIGINT,
    name               VARCHAR(64) NOT NULL
);

CREATE TABLE team (
    team_id       INTEGER     NOT NULL PRIMARY KEY,
    name          VARCHAR(64) NOT NULL,
    supervisor_id VARCHAR(12)
);

-- Calls in progress: a row from the call's first event to its END_CALL_EVENT.
CREATE TABLE active_call (
    call_id                 BIGINT        NOT NULL PRIMARY KEY,
    call_key                VARCHAR(36)   NOT NULL UNIQUE,
    call_type               INTEGER,
    ani                     VARCHAR(40),
    dnis                    VARCHAR(40),
    dialed_number           VARCHAR(40),
    caller_entered_digits   VARCHAR(40),
    call_variable_1         VARCHAR(40),
    call_variable_2         VARCHAR(40),
    call_variable_3         VARCHAR(40),
    call_variable_4         VARCHAR(40),
    call_variable_5         VARCHAR(40),
    call_variable_6         VARCHAR(40),
    call_variable_7         VARCHAR(40),
    call_variable_8         VARCHAR(40),
    call_variable_9         VARCHAR(40),
    call_variable_10        VARCHAR(40),
    ecc_variables           VARCHAR(4000),
    wrapup_data             VARCHAR(40),
    skill_group_number      BIGINT,
    router_call_key_day     BIGINT,
    router_call_key_call_id BIGINT,
    originating_device      VARCHAR(64),
    involved_devices        VARCHAR(1000) NOT NULL,
    begun_at                TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    queued_at               TIMESTAMP(6) WITH TIME ZONE,
    delivered_at            TIMESTAMP(6) WITH TIME ZONE,
    answered_at             TIMESTAMP(6) WITH TIME ZONE,
    cleared_at              TIMESTAMP(6) WITH TIME ZONE,
    begun_unseen            BOOLEAN       NOT NULL,
    timeline_length         INTEGER       NOT NULL,
    stamp_epoch             BIGINT        NOT NULL,
    stamp_sequence          BIGINT        NOT NULL,
    version                 BIGINT        NOT NULL
);
CREATE INDEX active_call_skill_group ON active_call (skill_group_number);

CREATE TABLE active_call_party (
    call_id     BIGINT      NOT NULL REFERENCES active_call (call_id) ON DELETE CASCADE,
    device_id   VARCHAR(64) NOT NULL,
    state       VARCHAR(12) NOT NULL,
    supervising BOOLEAN     NOT NULL
);
CREATE INDEX active_call_party_call ON active_call_party (call_id);
CREATE INDEX active_call_party_device ON active_call_party (device_id);

-- The call history: one immutable record per ended call, and every call's timeline.
CREATE TABLE call_record (
    call_key                VARCHAR(36)   NOT NULL PRIMARY KEY,
    call_id                 BIGINT        NOT NULL,
    call_type               INTEGER,
    ani                     VARCHAR(40),
    dnis                    VARCHAR(40),
    dialed_number           VARCHAR(40),
    caller_entered_digits   VARCHAR(40),
    call_variable_1         VARCHAR(40),
    call_variable_2         VARCHAR(40),
    call_variable_3         VARCHAR(40),
    call_variable_4         VARCHAR(40),
    call_variable_5         VARCHAR(40),
    call_variable_6         VARCHAR(40),
    call_variable_7         VARCHAR(40),
    call_variable_8         VARCHAR(40),
    call_variable_9         VARCHAR(40),
    call_variable_10        VARCHAR(40),
    ecc_variables           VARCHAR(4000),
    wrapup_data             VARCHAR(40),
    skill_group_number      BIGINT,
    router_call_key_day     BIGINT,
    router_call_key_call_id BIGINT,
    begun_at                TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    queued_at               TIMESTAMP(6) WITH TIME ZONE,
    delivered_at            TIMESTAMP(6) WITH TIME ZONE,
    answered_at             TIMESTAMP(6) WITH TIME ZONE,
    ended_at                TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    end_reason              VARCHAR(24)   NOT NULL,
    begun_unseen            BOOLEAN       NOT NULL,
    devices                 VARCHAR(1000),
    stamp_epoch             BIGINT        NOT NULL,
    stamp_sequence          BIGINT        NOT NULL
);
CREATE INDEX call_record_call_id ON call_record (call_id);
CREATE INDEX call_record_ended_at ON call_record (ended_at);
CREATE INDEX call_record_ani ON call_record (ani);
CREATE INDEX call_record_skill_group ON call_record (skill_group_number, ended_at);

CREATE TABLE call_record_agent (
    call_key VARCHAR(36) NOT NULL REFERENCES call_record (call_key),
    agent_position INTEGER NOT NULL,
    agent_id VARCHAR(12) NOT NULL,
    PRIMARY KEY (call_key, agent_position)
);
CREATE INDEX call_record_agent_agent ON call_record_agent (agent_id);

CREATE TABLE call_timeline (
    call_key   VARCHAR(36)  NOT NULL,
    entry_number INTEGER    NOT NULL,
    occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    event_type VARCHAR(32)  NOT NULL,
    device_id  VARCHAR(64),
    detail     VARCHAR(255),
    PRIMARY KEY (call_key, entry_number)
);
