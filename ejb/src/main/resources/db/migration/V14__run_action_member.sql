-- The night's mail to each member's focal point lists that member's changes in one sector: without
-- this index each of a thousand such lists read every action of the run.
create index run_action_member on run_action (run_id, organization_id, sector);

-- A night writes tens of thousands of these rows: their ids are taken 500 at a time (the entities'
-- allocationSize), not 50. EclipseLink now reads a sequence's value as the first id of its block
-- (persistence.xml), so ids already given stay below every block to come.
alter sequence audit_entry_seq increment by 500;
alter sequence run_action_seq increment by 500;
alter sequence run_notification_seq increment by 500;
