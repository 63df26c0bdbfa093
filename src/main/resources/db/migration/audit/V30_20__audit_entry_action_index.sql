-- Reads of personal data are recorded too: the trail's filter by kind (reads or changes) needs an index.
create index ix_audit_entry_action on audit_entry (action, occurred_at);
