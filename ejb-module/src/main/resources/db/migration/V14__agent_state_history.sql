-- The agents' timelines: every state an agent entered, with its reason, as its events reported it; a state lasts
-- until the agent's next row. Written in the transaction that applies the event, keyed by the agent and the event's
-- stamp (unique per agent, known before the insert, so a batch's rows are inserted together); never updated. Rows
-- older than ctios.timeline.retention-days are deleted. V13 is another branch's.
CREATE TABLE agent_state_history (
    agent_id       VARCHAR(12)  NOT NULL,
    stamp_epoch    BIGINT       NOT NULL,
    stamp_sequence BIGINT       NOT NULL,
    state          VARCHAR(20)  NOT NULL,
    reason_code    INTEGER      NOT NULL,
    entered_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (agent_id, stamp_epoch, stamp_sequence)
);

CREATE INDEX agent_state_history_agent_time ON agent_state_history (agent_id, entered_at);
CREATE INDEX agent_state_history_entered_at ON agent_state_history (entered_at);
