-- Projects, funds and equipment (基建项目、设备、图书): construction projects with their guarded
-- stages (立项 → 招标 → 在建 → 竣工验收 → 决算, every transition a history row), payments in fen
-- against the budget, and each school's yearly inventory of computers and library books. Each row
-- keeps its unit's tree path for scope queries (kept in step with org's UnitMoved). Nothing is deleted.
create sequence facilities_seq start with 1 increment by 50;

create table facilities_project (
    id bigint not null primary key,
    unit_id bigint not null,
    unit_path varchar(400) not null,
    name varchar(200) not null,
    kind varchar(20) not null,
    floor_area integer not null,
    budget_central_fen bigint not null,
    budget_provincial_fen bigint not null,
    budget_county_fen bigint not null,
    budget_other_fen bigint not null,
    change_fen bigint not null,
    paid_fen bigint not null,
    contractor varchar(200),
    status varchar(20) not null,
    approved_on date not null,
    planned_completion date not null,
    tendered_on date,
    started_on date,
    accepted_on date,
    settled_on date,
    final_account_fen bigint,
    progress integer not null,
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create index ix_facilities_project_path on facilities_project (unit_path ${pattern_ops}, status);
create index ix_facilities_project_started on facilities_project (started_on);
create index ix_facilities_project_accepted on facilities_project (accepted_on);
create index ix_facilities_project_planned on facilities_project (status, planned_completion);

create table facilities_project_step (
    id bigint not null primary key,
    project_id bigint not null references facilities_project (id),
    from_status varchar(20),
    to_status varchar(20) not null,
    on_day date not null,
    amount_fen bigint,
    note varchar(500),
    actor varchar(64) not null,
    occurred_at ${ts} not null
);
create index ix_facilities_project_step on facilities_project_step (project_id);

create table facilities_payment (
    id bigint not null primary key,
    project_id bigint not null references facilities_project (id),
    unit_path varchar(400) not null,
    paid_on date not null,
    amount_fen bigint not null,
    note varchar(300),
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null
);
create index ix_facilities_payment_project on facilities_payment (project_id);
create index ix_facilities_payment_path on facilities_payment (unit_path ${pattern_ops}, paid_on);

create table facilities_inventory (
    id bigint not null primary key,
    unit_id bigint not null,
    unit_path varchar(400) not null,
    inventory_year integer not null,
    pupils integer not null,
    computers integer not null,
    books integer not null,
    equipment_value_fen bigint not null,
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null,
    version bigint not null
);
create unique index ux_facilities_inventory on facilities_inventory (inventory_year, unit_id);
create index ix_facilities_inventory_path on facilities_inventory (unit_path ${pattern_ops}, inventory_year);
