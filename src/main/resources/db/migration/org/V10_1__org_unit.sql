-- Organisation registry: the unit tree with a materialised path, status history, enrolment.
create sequence org_unit_seq start with 1 increment by 50;

create table org_unit (
    id bigint not null primary key,
    code varchar(10) not null,
    name varchar(100) not null,
    short_name varchar(50),
    type varchar(20) not null,
    parent_id bigint,
    path varchar(400) not null,
    depth integer not null,
    stages varchar(100) not null,
    ownership varchar(10),
    locality varchar(10),
    address varchar(200),
    boarding boolean not null,
    principal varchar(50),
    phone varchar(30),
    founded_date date,
    status varchar(10) not null,
    created_at ${ts} not null,
    updated_at ${ts} not null,
    version bigint not null
);
create unique index ux_org_unit_code on org_unit (code);
create index ix_org_unit_path on org_unit (path ${pattern_ops});
create index ix_org_unit_parent on org_unit (parent_id);

create sequence org_unit_status_change_seq start with 1 increment by 50;

create table org_unit_status_change (
    id bigint not null primary key,
    unit_id bigint not null references org_unit (id),
    from_status varchar(10) not null,
    to_status varchar(10) not null,
    reason varchar(500),
    changed_by varchar(64) not null,
    merged_into varchar(10),
    changed_at ${ts} not null
);
create index ix_org_unit_status_change_unit on org_unit_status_change (unit_id);

create sequence org_enrolment_seq start with 1 increment by 50;

create table org_enrolment (
    id bigint not null primary key,
    unit_id bigint not null references org_unit (id),
    school_year integer not null,
    stage varchar(12) not null,
    students integer not null,
    classes integer not null
);
create unique index ux_org_enrolment on org_enrolment (unit_id, school_year, stage);
