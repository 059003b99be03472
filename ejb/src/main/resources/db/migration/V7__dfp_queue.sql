-- The digests of registrations waiting for Designated Focal Points, as request_digest is for TIES
-- Focal Points: one row per person (at most one mail an hour, whatever the number of their seats),
-- and per organization and sector the newest registration announced, so that the next digest
-- lists only what came after it.

create sequence registration_digest_seq start with 50 increment by 50;

create table registration_digest (
    id                     bigint    primary key,
    version                bigint    not null,
    designated_focal_point bigint    not null references account (id),
    last_sent_at           timestamp not null,
    -- two runs at once cannot both create a person's row, so they cannot both mail
    constraint registration_digest_person_unique unique (designated_focal_point)
);

create table registration_digest_seat (
    registration_digest_id bigint      not null references registration_digest (id),
    organization_id        bigint      not null references organization (id),
    sector                 varchar(10) not null,
    announced_up_to        timestamp   not null,
    primary key (registration_digest_id, organization_id, sector)
);
