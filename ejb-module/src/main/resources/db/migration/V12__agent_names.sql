-- The agent's names as the organisation gives them (CTI OS's Agent FirstName and LastName): null for an agent only
-- the switch has reported, whose AGENT_STATE_EVENT carries no names.
ALTER TABLE agent ADD COLUMN first_name VARCHAR(64);
ALTER TABLE agent ADD COLUMN last_name VARCHAR(64);
