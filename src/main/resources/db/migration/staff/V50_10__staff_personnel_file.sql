-- Personnel-file categories (national teacher MIS): one table per category, entries archived, never deleted.
create sequence staff_file_entry_seq start with 1 increment by 50;

create table staff_education (
    id bigint not null primary key,
    staff_id bigint not null references staff_member (id),
    level varchar(20),
    degree varchar(12),
    school varchar(100),
    tier varchar(12),
    major varchar(100),
    full_time boolean,
    start_date date,
    end_date date,
    archived boolean not null,
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create index ix_staff_education_staff on staff_education (staff_id);

create table staff_work_history (
    id bigint not null primary key,
    staff_id bigint not null references staff_member (id),
    unit varchar(100),
    position varchar(100),
    start_date date,
    end_date date,
    archived boolean not null,
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create index ix_staff_work_history_staff on staff_work_history (staff_id);

create table staff_post (
    id bigint not null primary key,
    staff_id bigint not null references staff_member (id),
    category varchar(15),
    grade varchar(30),
    start_date date,
    end_date date,
    archived boolean not null,
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create index ix_staff_post_staff on staff_post (staff_id);

create table staff_title (
    id bigint not null primary key,
    staff_id bigint not null references staff_member (id),
    level varchar(20),
    obtained_on date,
    appointed_on date,
    archived boolean not null,
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create index ix_staff_title_staff on staff_title (staff_id);

create table staff_appraisal (
    id bigint not null primary key,
    staff_id bigint not null references staff_member (id),
    appraisal_year integer,
    result varchar(20),
    archived boolean not null,
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create index ix_staff_appraisal_staff on staff_appraisal (staff_id);

create table staff_certificate (
    id bigint not null primary key,
    staff_id bigint not null references staff_member (id),
    type varchar(20),
    subject varchar(30),
    number varchar(40),
    issued_on date,
    authority varchar(100),
    archived boolean not null,
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create index ix_staff_certificate_staff on staff_certificate (staff_id);

create table staff_honour (
    id bigint not null primary key,
    staff_id bigint not null references staff_member (id),
    title varchar(100),
    level varchar(12),
    awarded_on date,
    awarded_by varchar(100),
    archived boolean not null,
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create index ix_staff_honour_staff on staff_honour (staff_id);

-- Digitised file materials; the scanned bytes in their own table so listing never reads them.
create sequence staff_material_seq start with 1 increment by 50;

create table staff_material (
    id bigint not null primary key,
    staff_id bigint not null references staff_member (id),
    category varchar(15) not null,
    title varchar(100) not null,
    pages integer not null,
    file_name varchar(150) not null,
    content_type varchar(30) not null,
    size bigint not null,
    archived boolean not null,
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create index ix_staff_material_staff on staff_material (staff_id);

create table staff_material_content (
    material_id bigint not null primary key references staff_material (id),
    content ${blob} not null
);
