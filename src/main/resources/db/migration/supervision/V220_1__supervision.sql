-- Supervision (督导): visits to schools with one score per indicator of the programme's set,
-- the rectification items (整改事项) a visit finds and their closed loop (open → rectified with
-- evidence → re-checked → closed, or reopened; every transition a history row). Each row keeps
-- its unit's tree path for scope queries (kept in step with org's UnitMoved). Nothing is deleted.
create sequence supervision_seq start with 1 increment by 50;

create table supervision_visit (
    id bigint not null primary key,
    unit_id bigint not null,
    unit_path varchar(400) not null,
    programme varchar(30) not null,
    visited_on date not null,
    supervisors varchar(100) not null,
    summary varchar(1000),
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null
);
create index ix_supervision_visit_path on supervision_visit (unit_path ${pattern_ops}, visited_on);
create index ix_supervision_visit_date on supervision_visit (visited_on);

create table supervision_score (
    id bigint not null primary key,
    visit_id bigint not null references supervision_visit (id),
    indicator varchar(40) not null,
    score integer not null,
    note varchar(300)
);
create unique index ux_supervision_score on supervision_score (visit_id, indicator);

create table supervision_item (
    id bigint not null primary key,
    visit_id bigint not null references supervision_visit (id),
    unit_id bigint not null,
    unit_path varchar(400) not null,
    indicator varchar(40),
    finding varchar(500) not null,
    responsible_person varchar(50) not null,
    found_on date not null,
    deadline date not null,
    deadline_days integer,
    status varchar(10) not null,
    closed_on date,
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create index ix_supervision_item_path on supervision_item (unit_path ${pattern_ops}, status);
create index ix_supervision_item_deadline on supervision_item (status, deadline);
create index ix_supervision_item_visit on supervision_item (visit_id);

create table supervision_item_step (
    id bigint not null primary key,
    item_id bigint not null references supervision_item (id),
    from_status varchar(10),
    to_status varchar(10) not null,
    note varchar(500),
    actor varchar(64) not null,
    occurred_at ${ts} not null
);
create index ix_supervision_item_step on supervision_item_step (item_id);

create table supervision_evidence (
    id bigint not null primary key,
    item_id bigint not null references supervision_item (id),
    note varchar(500) not null,
    rectified_on date not null,
    file_name varchar(150) not null,
    content_type varchar(30) not null,
    size bigint not null,
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null
);
create index ix_supervision_evidence_item on supervision_evidence (item_id);

-- The bytes of uploaded evidence, one row per file.
create table supervision_file_content (
    id bigint not null primary key,
    content ${blob} not null
);
