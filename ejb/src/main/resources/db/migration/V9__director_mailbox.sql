-- The Director's mailbox. V1's opt_in_request was never written to; each message read from the
-- mailbox now becomes one mailbox_item (what it asks, for whom, how sure the reading is and why,
-- who sent it, and staff's decision), unique by Message-ID and by a digest of its content so that
-- no message is taken twice. mailbox_failure counts the attempts on a message the application
-- failed on, so that after a few it is parked for staff instead of being retried for ever.

drop table opt_in_request;
drop sequence opt_in_request_seq;

create sequence mailbox_item_seq start with 50 increment by 50;

create table mailbox_item (
    id                      bigint           primary key,
    version                 bigint           not null,
    message_id              varchar(998),
    content_digest          varchar(64)      not null,
    received_at             timestamp        not null,
    taken_at                timestamp        not null,
    size_bytes              bigint           not null,
    sender                  varchar(320),
    sender_name             varchar(200),
    sender_standing         varchar(20)      not null,
    subject                 varchar(998),
    -- the readable text and the message as received; both null for a message over the size limit
    text_body               varchar(200000),
    source                  varchar(2000000),
    note                    varchar(1000),
    state                   varchar(20)      not null,
    unreadable_reason       varchar(30),
    request_kind            varchar(10),
    organization_id         bigint           references organization (id),
    organization_as_written varchar(300),
    sector                  varchar(10),
    period                  varchar(300),
    signatory_name          varchar(200),
    signatory_title         varchar(200),
    signatory_organization  varchar(300),
    confidence              varchar(10)      not null,
    reasons                 varchar(4000)    not null,
    decided_by_id           bigint           references account (id),
    decided_at              timestamp,
    decision_reason         varchar(1000),
    opt_in_change_id        bigint           references opt_in_change (id),
    constraint mailbox_item_message_unique unique (message_id),
    constraint mailbox_item_digest_unique unique (content_digest),
    constraint mailbox_item_state_check
        check (state in ('TO_REVIEW', 'UNREADABLE', 'PARKED', 'CONFIRMED', 'REJECTED')),
    constraint mailbox_item_kind_check check (request_kind in ('OPT_IN', 'OPT_OUT')),
    constraint mailbox_item_confidence_check check (confidence in ('LOW', 'MEDIUM', 'HIGH'))
);

create index mailbox_item_state_received on mailbox_item (state, received_at);

create table mailbox_failure (
    content_digest  varchar(64)   primary key,
    message_id      varchar(998),
    attempts        integer       not null,
    last_error      varchar(2000) not null,
    last_failed_at  timestamp     not null
);
