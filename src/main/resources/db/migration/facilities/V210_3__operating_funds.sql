-- Public operating funds (公用经费): the allocation of a year is computed from the enrolment and the
-- per-pupil standards (local parameters), so only what was paid out to a school is stored, in fen;
-- never changed or removed once recorded.
create table facilities_fund_disbursement (
    id bigint not null primary key,
    unit_id bigint not null,
    unit_path varchar(400) not null,
    fund_year integer not null,
    paid_on date not null,
    amount_fen bigint not null,
    note varchar(300),
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null
);
create index ix_facilities_fund_path on facilities_fund_disbursement (unit_path ${pattern_ops}, fund_year);
