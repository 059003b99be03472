-- The eBookshop's orders: the signed-in reader's cart, orders with their lines frozen at the prices
-- charged, their payments (a bank credit or a card payment, each taken once), the bank's credits as
-- read from its files, and the personalised copies of PDF editions with their downloads.
create sequence cart_line_seq start with 50 increment by 50;
create sequence shop_order_seq start with 50 increment by 50;
create sequence order_line_seq start with 50 increment by 50;
create sequence order_payment_seq start with 50 increment by 50;
create sequence bank_credit_seq start with 50 increment by 50;
create sequence order_download_seq start with 50 increment by 50;

create table cart_line (
    id                  bigint          primary key,
    version             bigint          not null,
    account_id          bigint          not null references account (id),
    edition_id          bigint          not null references edition (id),
    quantity            integer         not null,
    added_at            timestamp       not null,
    -- the price the reader saw when adding it: a repriced edition is flagged, never charged silently
    price_when_added    numeric(10, 2)  not null,
    constraint cart_line_unique unique (account_id, edition_id),
    constraint cart_line_quantity_positive check (quantity > 0)
);

create index cart_line_edition on cart_line (edition_id);

create table shop_order (
    id                  bigint          primary key,
    version             bigint          not null,
    -- two digits of the year and eight of the id: unique, not gapless (Swiss invoices need not be)
    order_number        varchar(10)     not null,
    account_id          bigint          not null references account (id),
    -- the organization the order is placed on behalf of, through an approved affiliation; else null
    organization_id     bigint          references organization (id),
    state               varchar(20)     not null,
    payment_way         varchar(10)     not null,
    language            varchar(10)     not null,
    placed_at           timestamp       not null,
    paid_at             timestamp,
    shipped_at          timestamp,
    cancelled_at        timestamp,
    refunded_at         timestamp,
    buyer_name          varchar(200)    not null,
    buyer_email         varchar(320)    not null,
    billing_name        varchar(200)    not null,
    billing_organization varchar(300),
    billing_address     varchar(1000)   not null,
    billing_country     varchar(2)      not null,
    shipping_name       varchar(200),
    shipping_address    varchar(1000),
    shipping_country    varchar(2),
    promo_code          varchar(40),
    subtotal_chf        numeric(12, 2)  not null,
    discount_chf        numeric(12, 2)  not null,
    promo_discount_chf  numeric(12, 2)  not null,
    shipping_chf        numeric(12, 2)  not null,
    tax_name            varchar(100),
    tax_chf             numeric(12, 2)  not null,
    total_chf           numeric(12, 2)  not null,
    -- the QR-bill's structured reference (27 digits), unique to the order
    payment_reference   varchar(27)     not null,
    card_session        varchar(255),
    refund_note         varchar(1000),
    constraint shop_order_number_unique unique (order_number),
    constraint shop_order_reference_unique unique (payment_reference),
    constraint shop_order_state_check
        check (state in ('AWAITING_PAYMENT', 'PAID', 'SHIPPED', 'CANCELLED', 'REFUNDED')),
    constraint shop_order_payment_way_check check (payment_way in ('INVOICE', 'CARD')),
    constraint shop_order_total_not_negative check (total_chf >= 0)
);

create index shop_order_account on shop_order (account_id, placed_at);
create index shop_order_state on shop_order (state, placed_at);
create index shop_order_organization on shop_order (organization_id);

create table order_line (
    id                  bigint          primary key,
    order_id            bigint          not null references shop_order (id),
    position            integer         not null,
    edition_id          bigint          not null references edition (id),
    product_number      varchar(9)      not null,
    title               varchar(500)    not null,
    language            varchar(10)     not null,
    format              varchar(10)     not null,
    quantity            integer         not null,
    unit_price_chf      numeric(10, 2)  not null,
    list_total_chf      numeric(12, 2)  not null,
    discount_chf        numeric(12, 2)  not null,
    net_chf             numeric(12, 2)  not null,
    -- why this price: the rule applied and its reason, as the reader saw them
    price_rule          varchar(300),
    constraint order_line_position_unique unique (order_id, position)
);

create table order_payment (
    id                  bigint          primary key,
    order_id            bigint          not null references shop_order (id),
    payment_way         varchar(10)     not null,
    amount_chf          numeric(12, 2)  not null,
    received_at         timestamp       not null,
    -- the bank's reference of the credit, or the provider's event: each pays at most once
    source_reference    varchar(255)    not null,
    constraint order_payment_source_unique unique (source_reference)
);

create table bank_credit (
    id                  bigint          primary key,
    -- the bank's own reference of the entry: a file read twice adds nothing
    bank_reference      varchar(255)    not null,
    file_name           varchar(255)    not null,
    read_at             timestamp       not null,
    read_by             bigint          not null references account (id),
    booked_on           date,
    amount_chf          numeric(12, 2)  not null,
    currency            varchar(3)      not null,
    payment_reference   varchar(40),
    debtor              varchar(300),
    outcome             varchar(20)     not null,
    order_id            bigint          references shop_order (id),
    constraint bank_credit_reference_unique unique (bank_reference),
    constraint bank_credit_outcome_check
        check (outcome in ('PAID', 'UNMATCHED', 'PARTIAL', 'ALREADY_PAID', 'OTHER_CURRENCY'))
);

create index bank_credit_outcome on bank_credit (outcome, read_at);

-- A PDF edition bought: its personalised copy, made at the first download, and the downloads counted.
create table order_download (
    id                  bigint          primary key,
    version             bigint          not null,
    order_line_id       bigint          not null references order_line (id),
    copy_file           varchar(64),
    first_at            timestamp,
    downloads           integer         not null,
    constraint order_download_line_unique unique (order_line_id)
);
