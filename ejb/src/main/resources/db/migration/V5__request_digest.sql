-- The digests of new requests sent to TIES Focal Points: one row per person (at most one mail an
-- hour, whatever the number of their organizations), and per organization the newest request
-- announced, so that the next digest lists only what came after it.

create sequence request_digest_seq start with 50 increment by 50;

create table request_digest (
    id              bigint    primary key,
    version         bigint    not null,
    focal_point_id  bigint    not null references account (id),
    last_sent_at    timestamp not null,
    -- two runs at once cannot both create a person's row, so they cannot both mail
    constraint request_digest_focal_point_unique unique (focal_point_id)
);

create table request_digest_organization (
    request_digest_id  bigint    not null references request_digest (id),
    organization_id    bigint    not null references organization (id),
    announced_up_to    timestamp not null,
    primary key (request_digest_id, organization_id)
);
