-- The eBookshop's catalogue: publications and the editions each is sold or given in.
create sequence publication_seq start with 50 increment by 50;
create sequence edition_seq start with 50 increment by 50;

create table publication (
    id                  bigint          primary key,
    version             bigint          not null,
    product_number      varchar(9)      not null,
    title               varchar(500)    not null,
    subtitle            varchar(500),
    abstract_text       varchar(10000),
    keywords            varchar(1000),
    category            varchar(20)     not null,
    series              varchar(200),
    published_year      integer         not null,
    edition_statement   varchar(100),
    withdrawn           boolean         not null,
    created_at          timestamp       not null,
    constraint publication_product_number_unique unique (product_number),
    constraint publication_category_check
        check (category in ('GENERAL_SECRETARIAT', 'ITU_R', 'ITU_T', 'ITU_D'))
);

create table edition (
    id                  bigint          primary key,
    version             bigint          not null,
    publication_id      bigint          not null references publication (id),
    language            varchar(10)     not null,
    format              varchar(10)     not null,
    price_chf           numeric(10, 2)  not null,
    isbn                varchar(13),
    page_count          integer,
    availability        varchar(20)     not null,
    expected_on         date,
    master_file         varchar(64),
    withdrawn           boolean         not null,
    -- one edition per language and format of a publication
    constraint edition_language_format_unique unique (publication_id, language, format),
    constraint edition_language_check
        check (language in ('ARABIC', 'CHINESE', 'ENGLISH', 'FRENCH', 'RUSSIAN', 'SPANISH')),
    constraint edition_format_check check (format in ('PDF', 'PRINT', 'OTHER')),
    constraint edition_availability_check check (availability in ('AVAILABLE', 'FORTHCOMING', 'OUT_OF_PRINT')),
    constraint edition_price_not_negative check (price_chf >= 0)
);

create index edition_publication on edition (publication_id);
