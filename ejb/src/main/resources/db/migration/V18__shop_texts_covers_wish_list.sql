-- The language a publication's own texts are written in, an edition's title in its language, the
-- cover image and the master file's size, and the wish list.
alter table publication add column text_language varchar(10) default 'ENGLISH' not null;
alter table publication add constraint publication_text_language_check
    check (text_language in ('ARABIC', 'CHINESE', 'ENGLISH', 'FRENCH', 'RUSSIAN', 'SPANISH'));
-- the SHA-256 of the cover image, which names it in the data folder, and its media type
alter table publication add column cover_image varchar(64);
alter table publication add column cover_type varchar(20);

alter table edition add column title varchar(500);
alter table edition add column master_file_size bigint;

create sequence wish_list_entry_seq start with 50 increment by 50;

-- An edition someone wishes for, with its price and availability on the day it was added, so the
-- list can say what changed since.
create table wish_list_entry (
    id                      bigint          primary key,
    account_id              bigint          not null references account (id),
    edition_id              bigint          not null references edition (id),
    added_at                timestamp       not null,
    price_when_added        numeric(10, 2)  not null,
    availability_when_added varchar(20)     not null,
    constraint wish_list_entry_unique unique (account_id, edition_id)
);

create index wish_list_entry_edition on wish_list_entry (edition_id);
