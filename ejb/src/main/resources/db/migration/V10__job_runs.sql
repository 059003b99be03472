-- The nightly jobs (Jakarta Batch). JBeret keeps its own executions and checkpoints in its job
-- repository; these tables keep what staff read and what makes a run safe to repeat:
-- job_run is one run as staff see it (it stays the same run when JBeret restarts it),
-- job_guard holds one row per job and is locked to start a run, so that two starts, on one node or
-- on several, never give two runs at once; job_run_partition counts each partition's progress;
-- run_action is each change a run made (or, in a dry run, would make), unique by what it changed, so
-- a restarted run never changes the same thing twice; run_notification is each mail a run sent.

create sequence job_run_seq start with 50 increment by 50;
create sequence run_action_seq start with 50 increment by 50;
create sequence run_notification_seq start with 50 increment by 50;

create table job_run (
    id              bigint        primary key,
    version         bigint        not null,
    job_name        varchar(60)   not null,
    dry_run         boolean       not null,
    -- null when the nightly schedule started it
    started_by_id   bigint        references account (id),
    node            varchar(100)  not null,
    requested_at    timestamp     not null,
    ended_at        timestamp,
    execution_id    bigint,
    state           varchar(20)   not null,
    failure         varchar(2000),
    constraint job_run_state_check check (state in ('RUNNING', 'COMPLETED', 'FAILED', 'STOPPED'))
);
create index job_run_job_requested on job_run (job_name, requested_at);

create table job_guard (
    job_name        varchar(60)   primary key,
    version         bigint        not null,
    run_id          bigint        references job_run (id)
);
insert into job_guard (job_name, version) values ('reconciliation', 1);
insert into job_guard (job_name, version) values ('request-reminders', 1);
insert into job_guard (job_name, version) values ('delegation-review', 1);

create table job_run_partition (
    run_id          bigint        not null references job_run (id),
    partition_no    integer       not null,
    total           bigint        not null,
    done            bigint        not null,
    primary key (run_id, partition_no)
);

create table run_action (
    id              bigint        primary key,
    run_id          bigint        not null references job_run (id),
    action          varchar(30)   not null,
    -- what was changed, e.g. registration:123 or opt-in:45:ITU_T
    subject_key     varchar(80)   not null,
    organization_id bigint        not null references organization (id),
    registration_id bigint        references registration (id),
    account_id      bigint        references account (id),
    event_id        bigint        references event (id),
    sector          varchar(10),
    detail          varchar(300),
    constraint run_action_once unique (run_id, subject_key)
);
create index run_action_run_action on run_action (run_id, action);

create table run_notification (
    id              bigint        primary key,
    run_id          bigint        not null references job_run (id),
    -- whom and about what, e.g. delegate:registration:123 or dfp:45:ITU_T
    notice_key      varchar(80)   not null,
    recipient       varchar(254)  not null,
    subject         varchar(300)  not null,
    sent_at         timestamp     not null,
    constraint run_notification_once unique (run_id, notice_key)
);

-- The reconciliation reads, per organization, the registrations to events that have not ended.
create index registration_event on registration (event_id);
