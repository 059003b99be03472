-- EclipseLink takes the value a sequence returns as the LAST id of a block of allocationSize (50)
-- and refuses a first value below 49 ("sequence setup incorrectly"). V1 started every sequence at
-- 1, so the first insert of each entity failed. Starting at 50 hands out ids 1..50 first.
alter sequence account_seq restart with 50;
alter sequence account_token_seq restart with 50;
alter sequence organization_seq restart with 50;
alter sequence designated_focal_point_seq restart with 50;
alter sequence affiliation_seq restart with 50;
alter sequence ties_access_seq restart with 50;
alter sequence event_seq restart with 50;
alter sequence registration_seq restart with 50;
alter sequence opt_in_setting_seq restart with 50;
alter sequence opt_in_change_seq restart with 50;
alter sequence opt_in_request_seq restart with 50;
alter sequence consent_document_seq restart with 50;
alter sequence consent_acceptance_seq restart with 50;
alter sequence audit_entry_seq restart with 50;
