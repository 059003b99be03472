-- The nightly follow-up of requests waiting on a focal point (DOMAIN.md, "Nightly reconciliation"):
-- a reminder to the focal point, then an escalation to the secretariat, each at most once per request.
-- A request is what waits (an affiliation request, with or without TIES, or a TIES-only request on
-- an approved affiliation: kind AFFILIATION; a registration waiting for its DFP: kind REGISTRATION)
-- together with the time it waits since: a TIES request refused and asked for again on the same
-- affiliation is a new request, and is followed up anew.
-- Written in the transaction of the run_action row that reports it, so a restarted run, or the next
-- night, finds each stage done once.

create sequence request_follow_up_seq start with 50 increment by 50;

create table request_follow_up (
    id              bigint        primary key,
    request_kind    varchar(20)   not null,
    request_id      bigint        not null,
    waiting_since   timestamp     not null,
    stage           varchar(20)   not null,
    run_id          bigint        not null references job_run (id),
    followed_up_at  timestamp     not null,
    constraint request_follow_up_once unique (request_kind, request_id, waiting_since, stage),
    constraint request_follow_up_kind_check check (request_kind in ('AFFILIATION', 'REGISTRATION')),
    constraint request_follow_up_stage_check check (stage in ('REMINDED', 'ESCALATED'))
);
