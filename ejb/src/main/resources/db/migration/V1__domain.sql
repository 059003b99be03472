-- The domain model of FocalPoint. Written in the SQL that H2 and PostgreSQL share, so one set of
-- migrations serves both. Identifiers come from sequences (allocation 50, matching the entities;
-- EclipseLink reads a value as the last id of its block, hence the start at 50).

create sequence account_seq start with 50 increment by 50;
create sequence account_token_seq start with 50 increment by 50;
create sequence organization_seq start with 50 increment by 50;
create sequence designated_focal_point_seq start with 50 increment by 50;
create sequence affiliation_seq start with 50 increment by 50;
create sequence ties_access_seq start with 50 increment by 50;
create sequence event_seq start with 50 increment by 50;
create sequence registration_seq start with 50 increment by 50;
create sequence opt_in_setting_seq start with 50 increment by 50;
create sequence opt_in_change_seq start with 50 increment by 50;
create sequence opt_in_request_seq start with 50 increment by 50;
create sequence consent_document_seq start with 50 increment by 50;
create sequence consent_acceptance_seq start with 50 increment by 50;
create sequence audit_entry_seq start with 50 increment by 50;

create table account (
    id                   bigint       primary key,
    version              bigint       not null,
    email                varchar(254) not null,
    -- the login name: the e-mail lower-cased, so uniqueness holds whatever the case typed
    email_key            varchar(254) not null,
    password_hash        varchar(200) not null,
    given_name           varchar(100) not null,
    family_name          varchar(100) not null,
    title                varchar(100),
    phone                varchar(50),
    country              varchar(2),
    state                varchar(30)  not null,
    staff                boolean      not null,
    must_change_password boolean      not null,
    created_at           timestamp    not null,
    deactivated_at       timestamp,
    constraint account_email_key_unique unique (email_key),
    constraint account_state_check check (state in ('PENDING_VERIFICATION', 'ACTIVE', 'DEACTIVATED'))
);

create table account_token (
    id          bigint       primary key,
    account_id  bigint       not null references account (id),
    purpose     varchar(30)  not null,
    -- only the SHA-256 of the token is kept: a leaked table does not leak usable links
    token_hash  varchar(64)  not null,
    new_email   varchar(254),
    created_at  timestamp    not null,
    expires_at  timestamp    not null,
    used_at     timestamp,
    constraint account_token_hash_unique unique (token_hash),
    constraint account_token_purpose_check check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL'))
);
create index account_token_account on account_token (account_id);

-- Failed sign-ins, counted per account and per remote address ("account:<id>", "address:<ip>").
create table sign_in_throttle (
    throttle_key     varchar(300) primary key,
    version          bigint       not null,
    failures         integer      not null,
    last_failure_at  timestamp    not null,
    locked_until     timestamp
);

create table organization (
    id                   bigint       primary key,
    version              bigint       not null,
    name                 varchar(200) not null,
    country              varchar(2)   not null,
    category             varchar(40)  not null,
    address              varchar(500),
    active               boolean      not null,
    -- exactly one TIES Focal Point per organization: a column, so two cannot exist
    ties_focal_point_id  bigint       references account (id),
    created_at           timestamp    not null,
    constraint organization_category_check check (category in ('MEMBER_STATE', 'SECTOR_MEMBER', 'ASSOCIATE',
        'ACADEMIA', 'RESOLUTION_99', 'UNITED_NATIONS', 'SPECIALIZED_AGENCY', 'IAEA',
        'INTERNATIONAL_REGIONAL_ORGANIZATION', 'NON_MEMBER'))
);
create index organization_name on organization (name);

create table organization_sector (
    organization_id bigint      not null references organization (id),
    sector          varchar(10) not null,
    primary key (organization_id, sector),
    constraint organization_sector_check check (sector in ('ITU_R', 'ITU_T', 'ITU_D'))
);

create table designated_focal_point (
    id               bigint      primary key,
    version          bigint      not null,
    organization_id  bigint      not null references organization (id),
    sector           varchar(10) not null,
    account_id       bigint      not null references account (id),
    appointed_at     timestamp   not null,
    constraint designated_focal_point_unique unique (organization_id, sector)
);

create table affiliation (
    id               bigint        primary key,
    version          bigint        not null,
    account_id       bigint        not null references account (id),
    organization_id  bigint        not null references organization (id),
    state            varchar(20)   not null,
    requested_at     timestamp     not null,
    decided_at       timestamp,
    decided_by_id    bigint        references account (id),
    reason           varchar(1000),
    constraint affiliation_state_check check (state in ('REQUESTED', 'APPROVED', 'REJECTED', 'REMOVED'))
);
create index affiliation_account on affiliation (account_id);
create index affiliation_organization_state on affiliation (organization_id, state);

create table ties_access (
    id               bigint        primary key,
    version          bigint        not null,
    affiliation_id   bigint        not null references affiliation (id),
    state            varchar(20)   not null,
    requested_at     timestamp     not null,
    decided_at       timestamp,
    decided_by_id    bigint        references account (id),
    reason           varchar(1000),
    constraint ties_access_affiliation_unique unique (affiliation_id),
    constraint ties_access_state_check check (state in ('REQUESTED', 'GRANTED', 'REJECTED', 'REVOKED'))
);

create table event (
    id                   bigint       primary key,
    version              bigint       not null,
    sector               varchar(10)  not null,
    kind                 varchar(20)  not null,
    title                varchar(300) not null,
    starts_on            date         not null,
    ends_on              date         not null,
    place                varchar(200),
    is_virtual           boolean      not null,
    registration_opens   timestamp    not null,
    registration_closes  timestamp    not null,
    approval_required    boolean      not null,
    created_at           timestamp    not null,
    constraint event_kind_check check (kind in ('STUDY_GROUP', 'TSAG', 'REGIONAL_GROUP', 'WORKSHOP')),
    constraint event_dates_check check (ends_on >= starts_on),
    constraint event_window_check check (registration_closes > registration_opens)
);

create table registration (
    id               bigint        primary key,
    version          bigint        not null,
    event_id         bigint        not null references event (id),
    account_id       bigint        not null references account (id),
    affiliation_id   bigint        not null references affiliation (id),
    state            varchar(20)   not null,
    basis            varchar(40),
    registered_at    timestamp     not null,
    decided_at       timestamp,
    decided_by_id    bigint        references account (id),
    reason           varchar(1000),
    constraint registration_once_per_event unique (event_id, account_id),
    constraint registration_state_check check (state in ('PENDING_APPROVAL', 'APPROVED', 'AUTO_APPROVED',
        'REJECTED', 'WITHDRAWN', 'CANCELLED'))
);
create index registration_affiliation on registration (affiliation_id);

-- The current opt-in state of a member for a sector; opt_in_change keeps every change.
create table opt_in_setting (
    id               bigint      primary key,
    version          bigint      not null,
    organization_id  bigint      not null references organization (id),
    sector           varchar(10) not null,
    opted_in         boolean     not null,
    effective_on     date        not null,
    lapses_on        date,
    constraint opt_in_setting_unique unique (organization_id, sector)
);

create table opt_in_change (
    id               bigint         primary key,
    organization_id  bigint         not null references organization (id),
    sector           varchar(10)    not null,
    opted_in         boolean        not null,
    effective_on     date           not null,
    source           varchar(20)    not null,
    reference        varchar(300),
    note             varchar(2000),
    recorded_by_id   bigint         references account (id),
    recorded_at      timestamp      not null,
    constraint opt_in_change_source_check check (source in ('LETTER', 'EMAIL', 'STAFF', 'STUDY_PERIOD_END'))
);
create index opt_in_change_organization on opt_in_change (organization_id, sector);

-- A message from the Director's mailbox, one row per message whatever became of it.
create table opt_in_request (
    id               bigint          primary key,
    version          bigint          not null,
    message_id       varchar(998),
    content_digest   varchar(64)     not null,
    received_at      timestamp       not null,
    sender           varchar(320),
    subject          varchar(998),
    body             varchar(200000),
    status           varchar(20)     not null,
    request_kind     varchar(10),
    organization_id  bigint          references organization (id),
    sector           varchar(10),
    confidence       integer,
    parse_notes      varchar(2000),
    decided_by_id    bigint          references account (id),
    decided_at       timestamp,
    decision_reason  varchar(1000),
    constraint opt_in_request_message_unique unique (message_id),
    constraint opt_in_request_digest_unique unique (content_digest),
    constraint opt_in_request_status_check check (status in ('TO_REVIEW', 'UNREADABLE', 'CONFIRMED', 'REJECTED')),
    constraint opt_in_request_kind_check check (request_kind in ('OPT_IN', 'OPT_OUT'))
);

create table consent_document (
    id               bigint          primary key,
    kind             varchar(20)     not null,
    doc_version      integer         not null,
    title            varchar(200)    not null,
    body             varchar(200000) not null,
    published_at     timestamp       not null,
    published_by_id  bigint          references account (id),
    constraint consent_document_unique unique (kind, doc_version),
    constraint consent_document_kind_check check (kind in ('TERMS_OF_USE', 'DATA_PRIVACY'))
);

create table consent_acceptance (
    id           bigint    primary key,
    account_id   bigint    not null references account (id),
    document_id  bigint    not null references consent_document (id),
    accepted_at  timestamp not null,
    constraint consent_acceptance_unique unique (account_id, document_id)
);

create table audit_entry (
    id               bigint        primary key,
    occurred_at      timestamp     not null,
    actor_id         bigint        references account (id),
    actor_label      varchar(300)  not null,
    on_behalf_of_id  bigint        references organization (id),
    action           varchar(60)   not null,
    subject_type     varchar(60)   not null,
    subject_id       bigint,
    detail           varchar(2000),
    reason           varchar(1000)
);
create index audit_entry_occurred on audit_entry (occurred_at);
create index audit_entry_subject on audit_entry (subject_type, subject_id);
create index audit_entry_on_behalf on audit_entry (on_behalf_of_id);
