-- The work plan: a year's targets on figure keys per owner (the data scope that set them).
-- Replacing a plan archives the old rows.
create sequence reports_plan_target_seq start with 1 increment by 50;

create table reports_plan_target (
    id bigint not null primary key,
    owner_key varchar(60) not null,
    plan_year integer not null,
    position integer not null,
    figure_key varchar(120) not null,
    comparator varchar(10) not null,
    target_value decimal(19, 4) not null,
    note varchar(500),
    created_at ${ts} not null,
    created_by varchar(64) not null,
    archived_at ${ts}
);
create index ix_reports_plan_target_year on reports_plan_target (owner_key, plan_year, archived_at);
