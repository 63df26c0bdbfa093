-- Approved establishment (编制) per unit and post category.
create sequence establishment_approved_seq start with 1 increment by 50;

create table establishment_approved (
    id bigint not null primary key,
    unit_id bigint not null,
    post_category varchar(15) not null,
    approved integer not null,
    updated_at ${ts} not null,
    version bigint not null
);
create unique index ux_establishment_approved on establishment_approved (unit_id, post_category);
