-- Back pay (补发): a batch of an owning unit over its locked months from a month on, each
-- person's difference per month and line between what is due now (tables, post and step as
-- now recorded for that month) and what the month paid, with the reasons; DRAFT → APPROVED
-- into a month not locked, paid there as adjustments of kind BACK_PAY.
create table pay_back_batch (
    id bigint not null primary key,
    owner_unit_id bigint not null,
    owner_path varchar(400) not null,
    from_month varchar(7) not null,
    to_month varchar(7) not null,
    state varchar(10) not null,
    people integer not null,
    total_fen bigint not null,
    pay_month varchar(7),
    created_by varchar(64) not null,
    created_at ${ts} not null,
    approved_by varchar(64),
    approved_at ${ts},
    version bigint not null
);
create index ix_pay_back_batch_owner on pay_back_batch (owner_unit_id, state);

create table pay_back_line (
    id bigint not null primary key,
    batch_id bigint not null references pay_back_batch (id),
    staff_id bigint not null,
    staff_name varchar(100) not null,
    unit_id bigint not null,
    unit_path varchar(400) not null,
    month_code varchar(7) not null,
    code varchar(30) not null,
    paid_fen bigint not null,
    due_fen bigint not null,
    difference_fen bigint not null,
    reasons varchar(2000)
);
create index ix_pay_back_line on pay_back_line (batch_id);
create index ix_pay_back_line_staff on pay_back_line (staff_id, month_code);
