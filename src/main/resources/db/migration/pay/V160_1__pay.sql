-- Pay (事业单位岗位绩效工资制): dated wage and allowance rates, each person's pay record with its
-- history (annual step increases with their reasons), payroll months (computed → locked, every
-- transition a history row), the computed lines with their reasons, dated adjustments and the
-- civil servants' average pay per year for the parity check. Money is integer fen. Nothing is
-- deleted: a recomputation writes a new run of lines and keeps the old ones.
create sequence pay_seq start with 1 increment by 50;

create table pay_rate (
    id bigint not null primary key,
    kind varchar(30) not null,
    code varchar(30) not null,
    amount_fen bigint not null,
    effective_from date not null,
    source varchar(200) not null,
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null
);
create index ix_pay_rate_kind on pay_rate (kind, code, effective_from);

create table pay_record (
    id bigint not null primary key,
    staff_id bigint not null,
    staff_name varchar(100) not null,
    unit_id bigint not null,
    unit_path varchar(400) not null,
    post_grade integer not null,
    salary_step integer not null,
    step_since date not null,
    head_teacher boolean not null,
    special_education boolean not null,
    compulsory_teacher boolean not null,
    bank_account varchar(40),
    status varchar(10) not null,
    created_by varchar(64) not null,
    created_at ${ts} not null,
    version bigint not null
);
create unique index ux_pay_record_staff on pay_record (staff_id);
create index ix_pay_record_path on pay_record (unit_path ${pattern_ops});

create table pay_record_step (
    id bigint not null primary key,
    record_id bigint not null references pay_record (id),
    kind varchar(20) not null,
    effective_on date not null,
    post_grade integer not null,
    salary_step integer not null,
    reasons varchar(2000),
    actor varchar(64) not null,
    at_time ${ts} not null
);
create index ix_pay_record_step on pay_record_step (record_id, effective_on);
create index ix_pay_record_step_kind on pay_record_step (kind, effective_on);

create table pay_month (
    id bigint not null primary key,
    month_code varchar(7) not null,
    owner_unit_id bigint not null,
    owner_path varchar(400) not null,
    state varchar(10) not null,
    run_number integer not null,
    headcount integer not null,
    gross_fen bigint not null,
    computed_by varchar(64) not null,
    computed_at ${ts} not null,
    locked_by varchar(64),
    locked_at ${ts},
    version bigint not null
);
create unique index ux_pay_month on pay_month (owner_unit_id, month_code);

create table pay_month_step (
    id bigint not null primary key,
    month_id bigint not null references pay_month (id),
    action varchar(10) not null,
    run_number integer not null,
    actor varchar(64) not null,
    at_time ${ts} not null
);
create index ix_pay_month_step on pay_month_step (month_id);

create table pay_line (
    id bigint not null primary key,
    month_id bigint not null references pay_month (id),
    run_number integer not null,
    staff_id bigint not null,
    unit_id bigint not null,
    unit_path varchar(400) not null,
    compulsory_teacher boolean not null,
    code varchar(30) not null,
    amount_fen bigint not null,
    reasons varchar(2000)
);
create index ix_pay_line_month on pay_line (month_id, run_number, staff_id);
create index ix_pay_line_staff on pay_line (staff_id, month_id);

create table pay_adjustment (
    id bigint not null primary key,
    staff_id bigint not null,
    unit_path varchar(400) not null,
    month_code varchar(7) not null,
    amount_fen bigint not null,
    note varchar(300) not null,
    created_by varchar(64) not null,
    created_at ${ts} not null
);
create index ix_pay_adjustment on pay_adjustment (month_code, staff_id);

create table pay_parity_average (
    id bigint not null primary key,
    owner_unit_id bigint not null,
    year_number integer not null,
    average_fen bigint not null,
    source varchar(200) not null,
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null
);
create index ix_pay_parity_average on pay_parity_average (owner_unit_id, year_number);
