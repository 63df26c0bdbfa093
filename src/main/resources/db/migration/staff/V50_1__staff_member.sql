-- Staff: one record per person keyed by the resident identity number, and their life events.
create sequence staff_member_seq start with 1 increment by 100;

create table staff_member (
    id bigint not null primary key,
    id_number varchar(18) not null,
    name varchar(50) not null,
    former_names varchar(100),
    sex varchar(6) not null,
    birth_date date not null,
    ethnicity varchar(20),
    native_place varchar(50),
    political_status varchar(20) not null,
    party_join_date date,
    work_start_date date,
    phone varchar(20),
    unit_id bigint not null,
    unit_path varchar(400) not null,
    employment_type varchar(20) not null,
    post_category varchar(15) not null,
    full_time_teacher boolean not null,
    stage varchar(12),
    subject varchar(30),
    backbone boolean not null,
    academic_leader boolean not null,
    hire_date date,
    hire_channel varchar(20),
    highest_education varchar(20),
    graduate_school_tier varchar(12),
    title_level varchar(20) not null,
    title_date date,
    original_retirement_age integer not null,
    status varchar(10) not null,
    status_date date,
    created_at ${ts} not null,
    updated_at ${ts} not null,
    version bigint not null
);
create unique index ux_staff_member_id_number on staff_member (id_number);
create index ix_staff_member_unit_path on staff_member (unit_path ${pattern_ops}, name);
create index ix_staff_member_unit on staff_member (unit_id);
create index ix_staff_member_name on staff_member (name ${pattern_ops});
create index ix_staff_member_birth on staff_member (birth_date);

create sequence staff_event_seq start with 1 increment by 100;

create table staff_event (
    id bigint not null primary key,
    member_id bigint not null references staff_member (id),
    kind varchar(15) not null,
    occurred_on date not null,
    from_unit_id bigint,
    to_unit_id bigint,
    note varchar(500),
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null
);
create index ix_staff_event_member on staff_event (member_id);
create index ix_staff_event_from_unit on staff_event (from_unit_id);
