-- Ethics (师德): each teacher's semester assessments (by the school, reviewed by the bureau) and the
-- cases (complaint or report → investigation → decision → notice → appeal → closed, every step a
-- history row). A decided sanction is written to the personnel file by staff; the one-vote veto
-- reads both. Nothing is deleted.
create sequence ethics_seq start with 1 increment by 50;

create table ethics_assessment (
    id bigint not null primary key,
    staff_id bigint not null,
    unit_id bigint not null,
    assessed_year integer not null,
    semester integer not null,
    passed boolean not null,
    notes varchar(500),
    assessed_by varchar(64) not null,
    assessed_at ${ts} not null,
    reviewed_by varchar(64),
    reviewed_at ${ts},
    version bigint not null
);
create unique index ux_ethics_assessment on ethics_assessment (staff_id, assessed_year, semester);
create index ix_ethics_assessment_unit on ethics_assessment (unit_id, assessed_year);

create table ethics_case (
    id bigint not null primary key,
    staff_id bigint not null,
    unit_id bigint not null,
    source varchar(20) not null,
    received_on date not null,
    summary varchar(1000) not null,
    status varchar(15) not null,
    officer varchar(64),
    deadline date,
    findings varchar(2000),
    outcome varchar(20),
    decided_on date,
    decided_by varchar(100),
    document_number varchar(60),
    sanction_id bigint,
    notified_on date,
    appeal varchar(1000),
    appealed_on date,
    appeal_result varchar(1000),
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null,
    version bigint not null
);
create index ix_ethics_case_staff on ethics_case (staff_id);
create index ix_ethics_case_unit on ethics_case (unit_id, received_on);

create table ethics_case_step (
    id bigint not null primary key,
    case_id bigint not null references ethics_case (id),
    from_status varchar(15),
    to_status varchar(15) not null,
    on_day date,
    note varchar(1000),
    actor varchar(64) not null,
    at ${ts} not null
);
create index ix_ethics_case_step on ethics_case_step (case_id);
