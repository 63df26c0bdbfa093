-- Continuing education: programmes, each person's record in a programme with its history and
-- certificate, and the year's training plan. Rows are archived, never deleted.
create sequence training_seq start with 1 increment by 50;

create table training_programme (
    id bigint not null primary key,
    code varchar(30) not null,
    name varchar(150) not null,
    level varchar(12) not null,
    category varchar(15) not null,
    hours integer not null,
    start_date date not null,
    end_date date not null,
    provider varchar(150),
    capacity integer,
    unit_id bigint not null,
    plan_year integer not null,
    archived boolean not null,
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create unique index ux_training_programme_code on training_programme (code);
create index ix_training_programme_year on training_programme (plan_year);

create table training_record (
    id bigint not null primary key,
    programme_id bigint not null references training_programme (id),
    staff_id bigint not null,
    staff_name varchar(50) not null,
    status varchar(10) not null,
    hours integer,
    completed_on date,
    certificate_number varchar(60),
    comment varchar(500),
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create unique index ux_training_record_person on training_record (programme_id, staff_id);
create index ix_training_record_staff on training_record (staff_id, status, completed_on);

create table training_record_step (
    id bigint not null primary key,
    record_id bigint not null references training_record (id),
    from_status varchar(10),
    to_status varchar(10) not null,
    hours integer,
    comment varchar(500),
    actor varchar(64) not null,
    occurred_at ${ts} not null
);
create index ix_training_record_step_record on training_record_step (record_id);

create table training_certificate (
    id bigint not null primary key,
    record_id bigint not null references training_record (id),
    file_name varchar(150) not null,
    content_type varchar(30) not null,
    size bigint not null,
    archived boolean not null,
    updated_by varchar(64) not null,
    updated_at ${ts} not null
);
create index ix_training_certificate_record on training_certificate (record_id);

create table training_certificate_content (
    certificate_id bigint not null primary key references training_certificate (id),
    content ${blob} not null
);

create table training_plan_line (
    id bigint not null primary key,
    plan_year integer not null,
    unit_id bigint not null,
    programme_id bigint references training_programme (id),
    item varchar(150) not null,
    level varchar(12) not null,
    participants integer not null,
    hours integer not null,
    budget decimal(14, 2) not null,
    archived boolean not null,
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create index ix_training_plan_line_year on training_plan_line (plan_year);
