-- Campus safety (校园安全): inspections with their checklist results, hazards and their closed loop
-- (found → rectified with evidence → re-checked → closed, every transition a history row), drills,
-- yearly responsibility letters and incidents. Each row keeps its unit's tree path for scope
-- queries (kept in step with org's UnitMoved). Nothing is deleted.
create sequence safety_seq start with 1 increment by 50;

create table safety_inspection (
    id bigint not null primary key,
    unit_id bigint not null,
    unit_path varchar(400) not null,
    kind varchar(20) not null,
    inspected_on date not null,
    inspector varchar(50) not null,
    note varchar(500),
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null
);
create index ix_safety_inspection_path on safety_inspection (unit_path ${pattern_ops}, inspected_on);
create index ix_safety_inspection_date on safety_inspection (inspected_on);

create table safety_inspection_item (
    id bigint not null primary key,
    inspection_id bigint not null references safety_inspection (id),
    item_code varchar(40) not null,
    passed boolean not null,
    note varchar(300)
);
create unique index ux_safety_inspection_item on safety_inspection_item (inspection_id, item_code);

create table safety_hazard (
    id bigint not null primary key,
    inspection_id bigint not null references safety_inspection (id),
    unit_id bigint not null,
    unit_path varchar(400) not null,
    item_code varchar(40),
    hazard_level varchar(10) not null,
    description varchar(500) not null,
    responsible_person varchar(50) not null,
    found_on date not null,
    deadline date not null,
    status varchar(10) not null,
    closed_on date,
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create index ix_safety_hazard_path on safety_hazard (unit_path ${pattern_ops}, status);
create index ix_safety_hazard_deadline on safety_hazard (status, deadline);

create table safety_hazard_step (
    id bigint not null primary key,
    hazard_id bigint not null references safety_hazard (id),
    from_status varchar(10),
    to_status varchar(10) not null,
    note varchar(500),
    actor varchar(64) not null,
    occurred_at ${ts} not null
);
create index ix_safety_hazard_step on safety_hazard_step (hazard_id);

create table safety_rectification (
    id bigint not null primary key,
    hazard_id bigint not null references safety_hazard (id),
    note varchar(500) not null,
    rectified_on date not null,
    file_name varchar(150) not null,
    content_type varchar(30) not null,
    size bigint not null,
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null
);
create index ix_safety_rectification_hazard on safety_rectification (hazard_id);

-- The bytes of uploaded scans (rectification evidence, signed letters), one row per file.
create table safety_file_content (
    id bigint not null primary key,
    content ${blob} not null
);

create table safety_drill (
    id bigint not null primary key,
    unit_id bigint not null,
    unit_path varchar(400) not null,
    kind varchar(15) not null,
    held_on date not null,
    participants integer not null,
    note varchar(500),
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null
);
create index ix_safety_drill_path on safety_drill (unit_path ${pattern_ops}, held_on);
create index ix_safety_drill_date on safety_drill (held_on);

create table safety_letter (
    id bigint not null primary key,
    letter_year integer not null,
    unit_id bigint not null,
    unit_path varchar(400) not null,
    issued_on date not null,
    signed_on date,
    signatory varchar(50),
    file_id bigint,
    file_name varchar(150),
    content_type varchar(30),
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create unique index ux_safety_letter on safety_letter (letter_year, unit_id);
create index ix_safety_letter_path on safety_letter (unit_path ${pattern_ops}, letter_year);

create table safety_incident (
    id bigint not null primary key,
    unit_id bigint not null,
    unit_path varchar(400) not null,
    kind varchar(20) not null,
    occurred_on date not null,
    reported_on date not null,
    injuries integer not null,
    description varchar(500) not null,
    handling varchar(1000),
    closed_on date,
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create index ix_safety_incident_path on safety_incident (unit_path ${pattern_ops}, occurred_on);
create index ix_safety_incident_date on safety_incident (occurred_on);
