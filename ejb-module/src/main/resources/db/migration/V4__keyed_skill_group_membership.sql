-- An agent's skill-group memberships keyed by (agent, skill group), with a state always set: an agent event then
-- updates the row of each group whose state changed, where a keyless table made Hibernate delete and insert them all.
-- A membership nobody reported yet takes the agent's own state, which is what the agent is in every group.
UPDATE agent_skill_group g SET state = (SELECT a.state FROM agent a WHERE a.agent_id = g.agent_id)
    WHERE g.state IS NULL;
ALTER TABLE agent_skill_group ALTER COLUMN state SET NOT NULL;
DROP INDEX agent_skill_group_agent;
ALTER TABLE agent_skill_group ADD CONSTRAINT agent_skill_group_pk PRIMARY KEY (agent_id, skill_group_number);
