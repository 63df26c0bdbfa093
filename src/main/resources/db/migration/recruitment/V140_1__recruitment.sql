-- Recruitment (招聘): a round per owning bureau and year with its positions (planned within the
-- establishment's vacancies), applications keyed by identity number, scores, selection, 公示 and hire.
-- Every transition of a round or an application is a row of recruitment_step. Nothing is deleted.
create sequence recruitment_seq start with 1 increment by 50;

create table recruitment_round (
    id bigint not null primary key,
    owner_unit_id bigint not null,
    round_year integer not null,
    title varchar(200) not null,
    written_weight integer not null,
    interview_weight integer not null,
    score_scale integer not null,
    selection_ratio integer not null,
    publicity_days integer not null,
    status varchar(12) not null,
    approval_document varchar(100),
    approved_on date,
    published_on date,
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create index ix_recruitment_round_owner on recruitment_round (owner_unit_id, round_year);

create table recruitment_position (
    id bigint not null primary key,
    round_id bigint not null references recruitment_round (id),
    unit_id bigint not null,
    unit_path varchar(400) not null,
    post_category varchar(20) not null,
    stage varchar(20),
    subject varchar(30),
    headcount integer not null,
    channel varchar(20) not null,
    min_education varchar(20),
    certificate_required boolean not null,
    max_age integer,
    household varchar(50),
    created_by varchar(64) not null,
    created_at ${ts} not null
);
create index ix_recruitment_position_round on recruitment_position (round_id);
create index ix_recruitment_position_path on recruitment_position (unit_path ${pattern_ops});

create table recruitment_application (
    id bigint not null primary key,
    round_id bigint not null references recruitment_round (id),
    position_id bigint not null references recruitment_position (id),
    unit_id bigint not null,
    unit_path varchar(400) not null,
    id_number varchar(18) not null,
    name varchar(50) not null,
    sex varchar(10) not null,
    birth_date date not null,
    education varchar(20) not null,
    has_certificate boolean not null,
    household varchar(50),
    first_job boolean not null,
    status varchar(12) not null,
    written_score decimal(7,2),
    interview_score decimal(7,2),
    publicity_from date,
    publicity_to date,
    staff_id bigint,
    hired_on date,
    contract_years integer,
    probation_end date,
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
-- One applicant, one position per round.
create unique index ux_recruitment_application on recruitment_application (round_id, id_number);
create index ix_recruitment_application_position on recruitment_application (position_id, status);
create index ix_recruitment_application_path on recruitment_application (unit_path ${pattern_ops}, hired_on);

create table recruitment_step (
    id bigint not null primary key,
    subject_kind varchar(12) not null,
    subject_id bigint not null,
    from_status varchar(12),
    to_status varchar(12) not null,
    note varchar(500),
    actor varchar(64) not null,
    occurred_at ${ts} not null
);
create index ix_recruitment_step on recruitment_step (subject_kind, subject_id);
