-- Party organisation (党建, policy rules §13): organisations on units, development pipelines with
-- their step history, 三会一课 records. Rows are never deleted.
create sequence party_seq start with 1 increment by 50;

create table party_organisation (
    id bigint not null primary key,
    name varchar(100) not null,
    kind varchar(15) not null,
    parent_id bigint references party_organisation (id),
    unit_id bigint not null,
    unit_path varchar(400) not null,
    secretary_staff_id bigint,
    secretary_name varchar(50),
    term_end date,
    active boolean not null,
    created_by varchar(64) not null,
    created_at ${ts} not null,
    version bigint not null
);
create index ix_party_organisation_path on party_organisation (unit_path ${pattern_ops});

create table party_development (
    id bigint not null primary key,
    staff_id bigint,
    person_name varchar(50) not null,
    birth_date date not null,
    organisation_id bigint not null references party_organisation (id),
    unit_id bigint not null,
    unit_path varchar(400) not null,
    stage varchar(20) not null,
    applied_on date not null,
    talked_on date,
    activist_on date,
    assessments integer not null,
    last_assessment_on date,
    target_on date,
    reviewed_on date,
    trained_on date,
    notice_from date,
    notice_to date,
    voted_on date,
    votes_entitled integer,
    votes_present integer,
    votes_in_favour integer,
    approved_on date,
    approval_special_reason varchar(500),
    probation_end date,
    extension_months integer,
    converted_on date,
    ended_on date,
    end_reason varchar(500),
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create index ix_party_development_path on party_development (unit_path ${pattern_ops});
create index ix_party_development_stage on party_development (stage);

create table party_development_step (
    id bigint not null primary key,
    development_id bigint not null references party_development (id),
    step varchar(20) not null,
    step_date date not null,
    from_stage varchar(20),
    to_stage varchar(20) not null,
    detail varchar(500),
    actor varchar(64) not null,
    occurred_at ${ts} not null
);
create index ix_party_step_development on party_development_step (development_id);

create table party_meeting (
    id bigint not null primary key,
    organisation_id bigint not null references party_organisation (id),
    unit_id bigint not null,
    unit_path varchar(400) not null,
    kind varchar(20) not null,
    held_on date not null,
    topic varchar(200) not null,
    present integer not null,
    absent integer not null,
    absence_notes varchar(500),
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null
);
create index ix_party_meeting_path on party_meeting (unit_path ${pattern_ops});
create index ix_party_meeting_held on party_meeting (organisation_id, held_on);
