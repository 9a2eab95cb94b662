-- Calls at a device, and agents and calls counted by skill group, are read from the live read model in memory
-- (application.live), not from these tables: their indexes only cost every insert, update and delete.
DROP INDEX agent_skill_group_number;
DROP INDEX active_call_skill_group;
DROP INDEX active_call_party_device;
