-- The shop's price rules, as data staff edit, with ITU's conditions of sale as the first rows:
-- member discounts, the Least Developed Countries, the minimum order for a discount, promotional
-- codes and their uses, shipping zones and tax rules. The first rows' ids stay below the
-- sequences' start.
create sequence discount_rule_seq start with 50 increment by 50;
create sequence promo_code_seq start with 50 increment by 50;
create sequence promo_code_use_seq start with 50 increment by 50;
create sequence shipping_zone_seq start with 50 increment by 50;
create sequence tax_rule_seq start with 50 increment by 50;

create table discount_rule (
    id                  bigint          primary key,
    version             bigint          not null,
    name                varchar(200)    not null,
    percent             numeric(5, 2)   not null,
    -- only for organizations of a Least Developed Country; only on PDF editions
    least_developed_only boolean        not null,
    electronic_only     boolean         not null,
    active              boolean         not null,
    constraint discount_rule_percent_range check (percent > 0 and percent <= 100)
);

create table discount_rule_category (
    discount_rule_id    bigint          not null references discount_rule (id),
    category            varchar(40)     not null,
    primary key (discount_rule_id, category)
);

insert into discount_rule (id, version, name, percent, least_developed_only, electronic_only, active)
    values (1, 1, 'Member States and Sector Members', 15.00, false, false, true);
insert into discount_rule (id, version, name, percent, least_developed_only, electronic_only, active)
    values (2, 1, 'Administrations of Least Developed Countries', 80.00, true, true, true);
insert into discount_rule (id, version, name, percent, least_developed_only, electronic_only, active)
    values (3, 1, 'Educational institutions (Academia)', 80.00, false, true, true);
insert into discount_rule_category (discount_rule_id, category) values (1, 'MEMBER_STATE');
insert into discount_rule_category (discount_rule_id, category) values (1, 'SECTOR_MEMBER');
insert into discount_rule_category (discount_rule_id, category) values (2, 'MEMBER_STATE');
insert into discount_rule_category (discount_rule_id, category) values (3, 'ACADEMIA');

-- The United Nations' list of Least Developed Countries (44, after Bhutan's graduation in 2023 and
-- São Tomé and Príncipe's in 2024), as ISO 3166-1 alpha-2 codes like organization.country.
create table ldc_country (
    country             varchar(2)      primary key
);

insert into ldc_country (country) values ('AF'), ('AO'), ('BD'), ('BF'), ('BI'), ('BJ'), ('CD'), ('CF'), ('DJ'),
    ('ER'), ('ET'), ('GM'), ('GN'), ('GW'), ('HT'), ('KH'), ('KI'), ('KM'), ('LA'), ('LR'), ('LS'), ('MG'),
    ('ML'), ('MM'), ('MR'), ('MW'), ('MZ'), ('NE'), ('NP'), ('RW'), ('SB'), ('SD'), ('SL'), ('SN'), ('SO'),
    ('SS'), ('TD'), ('TG'), ('TL'), ('TV'), ('TZ'), ('UG'), ('YE'), ('ZM');

-- The one row of the minimum order: below it no member discount applies.
create table minimum_order (
    id                  bigint          primary key,
    version             bigint          not null,
    amount_chf          numeric(10, 2)  not null,
    constraint minimum_order_one_row check (id = 1),
    constraint minimum_order_not_negative check (amount_chf >= 0)
);

insert into minimum_order (id, version, amount_chf) values (1, 1, 20.00);

create table promo_code (
    id                  bigint          primary key,
    version             bigint          not null,
    -- upper case: codes are typed in any case
    code                varchar(30)     not null,
    kind                varchar(10)     not null,
    -- a percentage, or an amount in CHF
    amount              numeric(10, 2)  not null,
    valid_from          date,
    valid_to            date,
    total_uses          integer,
    uses_per_account    integer,
    uses_counted        integer         not null,
    minimum_order_chf   numeric(10, 2),
    combinable          boolean         not null,
    active              boolean         not null,
    created_at          timestamp       not null,
    constraint promo_code_unique unique (code),
    constraint promo_code_kind_check check (kind in ('PERCENT', 'AMOUNT')),
    constraint promo_code_amount_positive check (amount > 0),
    constraint promo_code_percent_range check (kind <> 'PERCENT' or amount <= 100),
    constraint promo_code_valid_range check (valid_from is null or valid_to is null or valid_from <= valid_to),
    constraint promo_code_total_uses_positive check (total_uses is null or total_uses > 0),
    constraint promo_code_uses_per_account_positive check (uses_per_account is null or uses_per_account > 0),
    constraint promo_code_uses_within_limit check (uses_counted >= 0 and (total_uses is null or uses_counted <= total_uses))
);

create table promo_code_category (
    promo_code_id       bigint          not null references promo_code (id),
    category            varchar(20)     not null,
    primary key (promo_code_id, category)
);

create table promo_code_format (
    promo_code_id       bigint          not null references promo_code (id),
    format              varchar(10)     not null,
    primary key (promo_code_id, format)
);

create table promo_code_publication (
    promo_code_id       bigint          not null references promo_code (id),
    product_number      varchar(9)      not null,
    primary key (promo_code_id, product_number)
);

-- A code's use by an order, counted when the order is placed and given back when it is cancelled.
-- The order is named by its id alone: the orders' table comes later (V20).
create table promo_code_use (
    id                  bigint          primary key,
    promo_code_id       bigint          not null references promo_code (id),
    account_id          bigint          not null references account (id),
    order_id            bigint          not null,
    placed_at           timestamp       not null,
    given_back_at       timestamp,
    constraint promo_code_use_order_unique unique (order_id)
);

create index promo_code_use_account on promo_code_use (promo_code_id, account_id);

-- Postage by zone: the first print item and each further one. The rest of the world lists no
-- countries: it takes every country no other zone names.
create table shipping_zone (
    id                  bigint          primary key,
    version             bigint          not null,
    name                varchar(200)    not null,
    first_item_chf      numeric(10, 2)  not null,
    further_item_chf    numeric(10, 2)  not null,
    rest_of_world       boolean         not null,
    constraint shipping_zone_charges_not_negative check (first_item_chf >= 0 and further_item_chf >= 0)
);

create table shipping_zone_country (
    shipping_zone_id    bigint          not null references shipping_zone (id),
    country             varchar(2)      not null,
    primary key (shipping_zone_id, country),
    -- a country is in one zone at most
    constraint shipping_zone_country_unique unique (country)
);

insert into shipping_zone (id, version, name, first_item_chf, further_item_chf, rest_of_world)
    values (1, 1, 'Switzerland and Liechtenstein', 8.00, 2.00, false);
insert into shipping_zone (id, version, name, first_item_chf, further_item_chf, rest_of_world)
    values (2, 1, 'Europe', 15.00, 5.00, false);
insert into shipping_zone (id, version, name, first_item_chf, further_item_chf, rest_of_world)
    values (3, 1, 'Rest of the world', 25.00, 8.00, true);
insert into shipping_zone_country (shipping_zone_id, country) values (1, 'CH'), (1, 'LI');
insert into shipping_zone_country (shipping_zone_id, country) values (2, 'AD'), (2, 'AL'), (2, 'AT'), (2, 'BA'),
    (2, 'BE'), (2, 'BG'), (2, 'BY'), (2, 'CY'), (2, 'CZ'), (2, 'DE'), (2, 'DK'), (2, 'EE'), (2, 'ES'), (2, 'FI'),
    (2, 'FO'), (2, 'FR'), (2, 'GB'), (2, 'GI'), (2, 'GR'), (2, 'HR'), (2, 'HU'), (2, 'IE'), (2, 'IS'), (2, 'IT'),
    (2, 'LT'), (2, 'LU'), (2, 'LV'), (2, 'MC'), (2, 'MD'), (2, 'ME'), (2, 'MK'), (2, 'MT'), (2, 'NL'), (2, 'NO'),
    (2, 'PL'), (2, 'PT'), (2, 'RO'), (2, 'RS'), (2, 'SE'), (2, 'SI'), (2, 'SK'), (2, 'RU'), (2, 'SM'), (2, 'TR'), (2, 'UA'), (2, 'VA');

-- A tax charged on orders billed to a country; none at first.
create table tax_rule (
    id                  bigint          primary key,
    version             bigint          not null,
    country             varchar(2)      not null,
    name                varchar(100)    not null,
    percent             numeric(5, 2)   not null,
    constraint tax_rule_country_unique unique (country),
    constraint tax_rule_percent_range check (percent > 0 and percent <= 100)
);
