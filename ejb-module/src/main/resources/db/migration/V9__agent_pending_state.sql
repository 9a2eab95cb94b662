-- The state an agent asked for during a call, which the CTI Server takes when the call ends (AGENT_STATE_EVENT's
-- NextAgentState), and its reason code: null and 0 while nothing is pending.
ALTER TABLE agent ADD COLUMN pending_state VARCHAR(20);
ALTER TABLE agent ADD COLUMN pending_reason_code INTEGER DEFAULT 0 NOT NULL;
