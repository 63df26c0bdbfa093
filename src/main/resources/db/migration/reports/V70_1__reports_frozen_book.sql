-- Frozen figure books: a year's figures kept as published. Unfreezing archives a book
-- (state UNFROZEN), it is never deleted; at most one FROZEN book per year and scope.
create sequence reports_frozen_book_seq start with 1 increment by 50;

create table reports_frozen_book (
    id bigint not null primary key,
    book_year integer not null,
    scope_key varchar(60) not null,
    unit_code varchar(20),
    unit_name varchar(100),
    state varchar(10) not null,
    frozen_at ${ts} not null,
    frozen_by varchar(64) not null,
    unfrozen_at ${ts},
    unfrozen_by varchar(64),
    version bigint not null
);
create index ix_reports_frozen_book on reports_frozen_book (book_year, scope_key);

create sequence reports_frozen_figure_seq start with 1 increment by 50;

create table reports_frozen_figure (
    id bigint not null primary key,
    book_id bigint not null references reports_frozen_book (id),
    figure_key varchar(120) not null,
    figure_value numeric(19, 2) not null
);
create index ix_reports_frozen_figure_book on reports_frozen_figure (book_id);
