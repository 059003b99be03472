-- A registration records in words on what basis it stands ("Automatic approval: the member opted in
-- for ITU-T from ... (TSB Circular 118, study period 2025-2028)"): 40 characters could not hold it.
alter table registration alter column basis set data type varchar(300);

-- "Upcoming events" are read by end date, newest registrations of a person by account.
create index event_ends_on on event (ends_on);
create index registration_account on registration (account_id);
