-- A call's parties keyed by (call, device): a party whose connection changes (alerting -> connected, held,
-- retrieved) is updated in place, where a keyless table made Hibernate delete the old row and insert a new one.
ALTER TABLE active_call_party ADD CONSTRAINT active_call_party_pk PRIMARY KEY (call_id, device_id);
DROP INDEX active_call_party_call;
