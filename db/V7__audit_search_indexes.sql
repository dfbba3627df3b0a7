-- The audit log screen filters by action and by author, newest first.
CREATE INDEX audit_entry_action ON audit_entry (action, occurred_at);
CREATE INDEX audit_entry_actor ON audit_entry (actor_name, occurred_at);
