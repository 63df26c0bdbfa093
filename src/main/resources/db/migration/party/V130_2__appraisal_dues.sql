-- 民主评议党员: one appraisal per member and year with the mutual-assessment tallies, the
-- branch's grade and, for 不合格, the follow-up; and 党费: one row per member and month paid.
-- Rows are never deleted.
create table party_appraisal (
    id bigint not null primary key,
    organisation_id bigint not null references party_organisation (id),
    unit_id bigint not null,
    unit_path varchar(400) not null,
    staff_id bigint not null,
    person_name varchar(50) not null,
    appraisal_year integer not null,
    self_assessment varchar(1000),
    excellent integer not null,
    qualified integer not null,
    basically_qualified integer not null,
    unqualified integer not null,
    grade varchar(20) not null,
    graded_on date not null,
    follow_up varchar(30),
    correction_until date,
    follow_up_on date,
    follow_up_note varchar(500),
    recorded_by varchar(64) not null,
    version bigint not null
);
create unique index ux_party_appraisal on party_appraisal (staff_id, appraisal_year);
create index ix_party_appraisal_path on party_appraisal (unit_path);

create table party_appraisal_step (
    id bigint not null primary key,
    appraisal_id bigint not null references party_appraisal (id),
    from_state varchar(30),
    to_state varchar(30) not null,
    step_on date not null,
    note varchar(500),
    actor varchar(64) not null,
    recorded_at ${ts} not null
);
create index ix_party_appraisal_step on party_appraisal_step (appraisal_id);

create table party_dues (
    id bigint not null primary key,
    staff_id bigint not null,
    person_name varchar(50) not null,
    unit_id bigint not null,
    unit_path varchar(400) not null,
    dues_month integer not null,
    retired boolean not null,
    base_fen bigint not null,
    due_fen bigint not null,
    paid_fen bigint not null,
    paid_on date not null,
    recorded_by varchar(64) not null,
    version bigint not null
);
create unique index ux_party_dues on party_dues (staff_id, dues_month);
create index ix_party_dues_path on party_dues (unit_path);
