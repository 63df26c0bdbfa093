-- Teachers' self-service change requests and their steps.
create sequence staff_change_request_seq start with 1 increment by 50;

create table staff_change_request (
    id bigint not null primary key,
    staff_id bigint not null references staff_member (id),
    status varchar(10) not null,
    former_names varchar(100),
    ethnicity varchar(20),
    native_place varchar(50),
    political_status varchar(20),
    party_join_date date,
    work_start_date date,
    phone varchar(20),
    highest_education varchar(20),
    graduate_school_tier varchar(12),
    updated_at ${ts} not null,
    version bigint not null
);
create index ix_staff_change_request_staff on staff_change_request (staff_id, status);
create index ix_staff_change_request_status on staff_change_request (status, updated_at);

create sequence staff_change_step_seq start with 1 increment by 50;

create table staff_change_step (
    id bigint not null primary key,
    request_id bigint not null references staff_change_request (id),
    from_status varchar(10),
    to_status varchar(10) not null,
    actor varchar(64) not null,
    comment varchar(500),
    occurred_at ${ts} not null
);
create index ix_staff_change_step_request on staff_change_step (request_id);
