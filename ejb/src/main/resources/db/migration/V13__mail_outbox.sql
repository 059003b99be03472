-- The mail outbox. Every mail the application sends is first a row here, written in the transaction
-- of what it tells about: a mail about a change that rolled back never leaves, and one about a
-- change that committed is not lost if the server dies before sending it. A delivery claims a batch
-- of rows (claim: the node and the batch), sends them over one SMTP connection and records each as
-- sent; a claim older than the delivery's patience, or left by a node that started again, is
-- released and its mails sent then.

-- a night queues thousands of mails: ids are taken 500 at a time
create sequence outgoing_mail_seq start with 500 increment by 500;

create table outgoing_mail (
    id                  bigint          primary key,
    recipient           varchar(254)    not null,
    subject             varchar(1000)   not null,
    body                varchar(1000000) not null,
    -- at most one file, its content in base64 (the same column type on H2 and PostgreSQL)
    attachment_name     varchar(255),
    attachment_type     varchar(100),
    attachment_base64   varchar(10000000),
    queued_at           timestamp       not null,
    -- when it may be tried (again): a failed attempt puts it off
    due_at              timestamp       not null,
    claim               varchar(140),
    claimed_at          timestamp,
    attempts            integer         not null,
    last_error          varchar(1000),
    sent_at             timestamp,
    -- set when the attempts are spent: the mail stays here for the record and is not tried again
    given_up_at         timestamp
);
-- What the delivery asks for: mails neither sent nor given up (nulls, which both databases index), by when due.
create index outgoing_mail_waiting on outgoing_mail (sent_at, given_up_at, due_at);
