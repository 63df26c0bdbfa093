-- The reward plan's notice (公示): the first and last day it is posted, counted in working
-- days by the holiday calendar; objections raised during it (who, what, when) and the
-- school's answer. Approval waits for the end of the notice and for every answer.
alter table pay_reward_plan add column notice_from date;
alter table pay_reward_plan add column notice_until date;

create table pay_reward_objection (
    id bigint not null primary key,
    plan_id bigint not null references pay_reward_plan (id),
    raised_on date not null,
    raised_by varchar(100) not null,
    content varchar(1000) not null,
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null,
    answer varchar(1000),
    answered_by varchar(64),
    answered_at ${ts},
    version bigint not null
);
create index ix_pay_reward_objection on pay_reward_objection (plan_id);
