-- The time zone each person reads times in; Geneva's until they choose another.
alter table account add column time_zone varchar(64) default 'Europe/Zurich' not null;
