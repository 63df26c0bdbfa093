-- Retirement proposals (school proposes, bureau approves or returns) and their steps.
create sequence staff_retirement_request_seq start with 1 increment by 50;

create table staff_retirement_request (
    id bigint not null primary key,
    staff_id bigint not null references staff_member (id),
    unit_id bigint not null,
    retire_on date not null,
    contribution_months integer not null,
    note varchar(500),
    status varchar(10) not null,
    -- Equals staff_id while the proposal is open (proposed or returned): one open proposal per person.
    open_staff_id bigint,
    proposed_by varchar(64) not null,
    -- Set once the person's status has become RETIRED (on approval, or on the date when it lies ahead).
    applied_at ${ts},
    updated_at ${ts} not null,
    version bigint not null
);
create unique index ux_staff_retirement_request_open on staff_retirement_request (open_staff_id);
create index ix_staff_retirement_request_staff on staff_retirement_request (staff_id);
create index ix_staff_retirement_request_status on staff_retirement_request (status, updated_at);

create sequence staff_retirement_step_seq start with 1 increment by 50;

create table staff_retirement_step (
    id bigint not null primary key,
    request_id bigint not null references staff_retirement_request (id),
    from_status varchar(10),
    to_status varchar(10) not null,
    retire_on date,
    actor varchar(64) not null,
    comment varchar(500),
    occurred_at ${ts} not null
);
create index ix_staff_retirement_step_request on staff_retirement_step (request_id);

-- A death record (one per person) and the survivor benefits decided after it; never deleted.
create sequence staff_death_record_seq start with 1 increment by 50;

create table staff_death_record (
    id bigint not null primary key,
    staff_id bigint not null references staff_member (id),
    died_on date not null,
    cause varchar(200),
    note varchar(500),
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null
);
create unique index ux_staff_death_record_staff on staff_death_record (staff_id);

create sequence staff_survivor_benefit_seq start with 1 increment by 50;

create table staff_survivor_benefit (
    id bigint not null primary key,
    staff_id bigint not null references staff_member (id),
    survivor_name varchar(50) not null,
    relation varchar(10) not null,
    id_number varchar(18) not null,
    phone varchar(20),
    funeral_allowance decimal(12, 2) not null,
    survivor_pension decimal(12, 2) not null,
    decided_on date not null,
    note varchar(500),
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null
);
create index ix_staff_survivor_benefit_staff on staff_survivor_benefit (staff_id);
