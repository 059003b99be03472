-- Staff may cancel an event. The event stays, with when and why it was cancelled, so that its
-- registrations (cancelled with it) and the delegates' mails keep pointing at it. Both are set
-- together or not at all.
alter table event add column cancelled_at timestamp;
alter table event add column cancellation_reason varchar(1000);
alter table event add constraint event_cancellation_check check (
    (cancelled_at is null and cancellation_reason is null)
    or (cancelled_at is not null and cancellation_reason is not null));
