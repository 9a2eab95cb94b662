-- The agent's wrap-up of an ended call (its disposition): the reason, from the configured catalogue
-- (ctios.wrapup.reasons), set after the call ended by the agent who handled it, or on its behalf, with who set it and
-- when. The call's own columns stay as they were written; only these and wrapup_data are set later.
-- Numbered 10, not 8: another branch takes 8, and 9 is left for the next one.
ALTER TABLE call_record ADD COLUMN wrapup_reason VARCHAR(32);
ALTER TABLE call_record ADD COLUMN wrapup_agent_id VARCHAR(12);
ALTER TABLE call_record ADD COLUMN wrapup_at TIMESTAMP(6) WITH TIME ZONE;
CREATE INDEX call_record_wrapup_reason ON call_record (wrapup_reason, ended_at);
