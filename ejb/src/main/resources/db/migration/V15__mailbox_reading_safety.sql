-- What the confirmation form starts from: no request when it is only quoted from an earlier
-- message, the day the mail asks it to take effect; how many attachments the list should mark.
alter table mailbox_item add column request_quoted_only boolean default false not null;
alter table mailbox_item add column effective_from date;
alter table mailbox_item add column attachment_count integer default 0 not null;

-- Junk set aside by staff, with a reason and without an acknowledgement.
alter table mailbox_item drop constraint mailbox_item_state_check;
alter table mailbox_item add constraint mailbox_item_state_check
    check (state in ('TO_REVIEW', 'UNREADABLE', 'PARKED', 'CONFIRMED', 'REJECTED', 'DISMISSED'));
