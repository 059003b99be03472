-- The delegation review (DOMAIN.md: "the platform sends each DFP a periodic delegation review").
-- One row per review sent: the member, the sector, the Designated Focal Point it went to and the
-- run that sent it. The latest sent_on of a member and sector is its last review, from which the
-- nightly job tells whether the next one is due (a day, so that no time zone moves it); the row is written in the transaction of the run's
-- run_action and run_notification, so a restarted run never sends the same review twice.

create sequence delegation_review_seq start with 50 increment by 50;

create table delegation_review (
    id              bigint        primary key,
    organization_id bigint        not null references organization (id),
    sector          varchar(10)   not null,
    account_id      bigint        not null references account (id),
    run_id          bigint        not null references job_run (id),
    sent_at         timestamp     not null,
    sent_on         date          not null,
    ties_users      integer       not null,
    registrations   integer       not null,
    constraint delegation_review_once_per_run unique (run_id, organization_id, sector),
    constraint delegation_review_sector_check check (sector in ('ITU_R', 'ITU_T', 'ITU_D'))
);
create index delegation_review_member on delegation_review (organization_id, sector, sent_on);
