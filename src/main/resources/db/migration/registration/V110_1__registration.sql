-- Teacher qualification registration (policy §3): cycles opened by the bureau, one evaluation per
-- teacher and cycle with its reasons and history. Rows are never deleted.
create sequence registration_seq start with 1 increment by 50;

create table registration_cycle (
    id bigint not null primary key,
    name varchar(100) not null,
    due_date date not null,
    status varchar(10) not null,
    opened_by varchar(64) not null,
    opened_at ${ts} not null,
    version bigint not null
);

create table registration_evaluation (
    id bigint not null primary key,
    cycle_id bigint not null references registration_cycle (id),
    staff_id bigint not null,
    staff_name varchar(50) not null,
    unit_id bigint not null,
    kind varchar(10) not null,
    outcome varchar(10) not null,
    status varchar(10) not null,
    period_from date not null,
    period_to date not null,
    reasons ${clob} not null,
    valid_until date,
    confirmed_on date,
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create unique index ux_registration_evaluation on registration_evaluation (cycle_id, staff_id);
create index ix_registration_evaluation_staff on registration_evaluation (staff_id, status);

create table registration_evaluation_step (
    id bigint not null primary key,
    evaluation_id bigint not null references registration_evaluation (id),
    from_status varchar(10),
    to_status varchar(10) not null,
    outcome varchar(10) not null,
    comment varchar(500),
    actor varchar(64) not null,
    occurred_at ${ts} not null
);
create index ix_registration_step_evaluation on registration_evaluation_step (evaluation_id);
