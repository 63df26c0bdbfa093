-- The reward part of performance pay (奖励性绩效工资): a school's allocation plan per year by
-- appraisal result (draft → submitted → approved by the bureau, every transition a history row),
-- each run's shares per person in fen with their reasons (a recomputed draft is a new run, the
-- earlier shares kept). An adjustment now says what it is: a correction, or the reward part paid.
create table pay_reward_plan (
    id bigint not null primary key,
    unit_id bigint not null,
    unit_path varchar(400) not null,
    year_number integer not null,
    state varchar(10) not null,
    run_number integer not null,
    headcount integer not null,
    standard_fen bigint not null,
    basic_share_bp bigint not null,
    pool_fen bigint not null,
    allocated_fen bigint not null,
    pay_month varchar(7),
    created_by varchar(64) not null,
    created_at ${ts} not null,
    version bigint not null
);
create unique index ux_pay_reward_plan on pay_reward_plan (unit_id, year_number);
create index ix_pay_reward_plan_path on pay_reward_plan (unit_path ${pattern_ops});

create table pay_reward_share (
    id bigint not null primary key,
    plan_id bigint not null references pay_reward_plan (id),
    run_number integer not null,
    staff_id bigint not null,
    staff_name varchar(100) not null,
    appraisal varchar(30),
    weight_bp bigint not null,
    amount_fen bigint not null,
    reasons varchar(2000)
);
create index ix_pay_reward_share on pay_reward_share (plan_id, run_number);
create index ix_pay_reward_share_staff on pay_reward_share (staff_id);

create table pay_reward_step (
    id bigint not null primary key,
    plan_id bigint not null references pay_reward_plan (id),
    action varchar(12) not null,
    run_number integer not null,
    note varchar(300),
    actor varchar(64) not null,
    at_time ${ts} not null
);
create index ix_pay_reward_step on pay_reward_step (plan_id);

alter table pay_adjustment add kind varchar(12) default 'CORRECTION' not null;
