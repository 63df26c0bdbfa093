-- Post setting (岗位设置), post appointments (岗位聘用), employment contracts (聘用合同) and
-- competitive appointment (竞聘上岗). Plans are dated and never overwritten; an appointment or a
-- contract is closed with a date, never deleted; every transition of a contract or an appointment
-- round is a row of recruitment_step.
create table recruitment_post_plan (
    id bigint not null primary key,
    unit_id bigint not null,
    unit_path varchar(400) not null,
    effective_from date not null,
    document varchar(100) not null,
    grade varchar(12) not null,
    posts integer not null,
    created_by varchar(64) not null,
    created_at ${ts} not null
);
create unique index ux_recruitment_post_plan on recruitment_post_plan (unit_id, effective_from, grade);
create index ix_recruitment_post_plan_path on recruitment_post_plan (unit_path ${pattern_ops});

create table recruitment_post_appointment (
    id bigint not null primary key,
    staff_id bigint not null,
    staff_name varchar(50) not null,
    unit_id bigint not null,
    unit_path varchar(400) not null,
    grade varchar(12) not null,
    from_date date not null,
    to_date date,
    note varchar(200),
    created_by varchar(64) not null,
    created_at ${ts} not null,
    version bigint not null
);
create index ix_recruitment_post_appointment_staff on recruitment_post_appointment (staff_id, to_date);
create index ix_recruitment_post_appointment_path on recruitment_post_appointment (unit_path ${pattern_ops}, grade);

create table recruitment_contract (
    id bigint not null primary key,
    staff_id bigint not null,
    staff_name varchar(50) not null,
    unit_id bigint not null,
    unit_path varchar(400) not null,
    kind varchar(20) not null,
    starts_on date not null,
    ends_on date,
    post_grade varchar(12),
    probation_months integer not null,
    probation_end date,
    status varchar(12) not null,
    previous_id bigint,
    confirmed_on date,
    ended_on date,
    end_reason varchar(20),
    note varchar(200),
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create index ix_recruitment_contract_staff on recruitment_contract (staff_id, status);
create index ix_recruitment_contract_path on recruitment_contract (unit_path ${pattern_ops}, status, ends_on);

create table recruitment_appointment_round (
    id bigint not null primary key,
    unit_id bigint not null,
    unit_path varchar(400) not null,
    title varchar(200) not null,
    held_on date not null,
    grade varchar(12) not null,
    posts integer not null,
    status varchar(12) not null,
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create index ix_recruitment_appointment_round_path on recruitment_appointment_round (unit_path ${pattern_ops});

create table recruitment_candidate (
    id bigint not null primary key,
    round_id bigint not null references recruitment_appointment_round (id),
    staff_id bigint not null,
    staff_name varchar(50) not null,
    score decimal(7,2),
    ranking integer,
    outcome varchar(12),
    handling varchar(20),
    handled_on date,
    note varchar(200),
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create unique index ux_recruitment_candidate on recruitment_candidate (round_id, staff_id);
