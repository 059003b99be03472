-- The audit trail is read newest first, per organization (a focal point's view) and per actor
-- (a person's own view): each index serves both the filter and the order, so a page reads only its rows.
drop index audit_entry_on_behalf;
create index audit_entry_on_behalf_time on audit_entry (on_behalf_of_id, occurred_at);
create index audit_entry_actor_time on audit_entry (actor_id, occurred_at);
