-- Exchange (交流轮岗) and support teaching (支教): exemptions from exchange, the annual plans,
-- each plan's proposals that become dated postings at the host school and end with a return
-- (every transition a history row). The home unit stays the person's unit in staff. Nothing is deleted.
create sequence exchange_seq start with 1 increment by 50;

create table exchange_exemption (
    id bigint not null primary key,
    staff_id bigint not null,
    kind varchar(20) not null,
    valid_from date not null,
    valid_to date,
    note varchar(300) not null,
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null,
    version bigint not null
);
create index ix_exchange_exemption_staff on exchange_exemption (staff_id);

create table exchange_plan (
    id bigint not null primary key,
    plan_year integer not null,
    owner_unit_id bigint not null,
    status varchar(10) not null,
    eligible integer not null,
    backbone_eligible integer not null,
    note varchar(500),
    created_by varchar(64) not null,
    created_at ${ts} not null,
    adopted_by varchar(64),
    adopted_at ${ts},
    version bigint not null
);
create unique index ux_exchange_plan on exchange_plan (owner_unit_id, plan_year);

create table exchange_posting (
    id bigint not null primary key,
    plan_id bigint not null references exchange_plan (id),
    staff_id bigint not null,
    staff_name varchar(50) not null,
    subject varchar(30),
    stage varchar(10),
    backbone boolean not null,
    cadre boolean not null,
    from_unit_id bigint not null,
    to_unit_id bigint not null,
    kind varchar(20) not null,
    months integer not null,
    status varchar(10) not null,
    start_on date,
    return_on date,
    returned_on date,
    to_rural boolean not null,
    created_by varchar(64) not null,
    created_at ${ts} not null,
    version bigint not null
);
create index ix_exchange_posting_plan on exchange_posting (plan_id);
create index ix_exchange_posting_staff on exchange_posting (staff_id);
create index ix_exchange_posting_from on exchange_posting (from_unit_id);
create index ix_exchange_posting_to on exchange_posting (to_unit_id);

create table exchange_posting_step (
    id bigint not null primary key,
    posting_id bigint not null references exchange_posting (id),
    from_status varchar(10),
    to_status varchar(10) not null,
    on_day date,
    note varchar(300),
    actor varchar(64) not null,
    at ${ts} not null
);
create index ix_exchange_posting_step on exchange_posting_step (posting_id);
