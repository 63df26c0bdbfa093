-- Exam results (高考 gaokao, 中考 zhongkao): one row per candidate, exam and year with the
-- total and the subject scores, at the school the candidate sat for (its tree path kept for
-- scope queries, in step with org's UnitMoved); cut-off lines per exam, year and batch as
-- dated data (a revised line is a new row, the one in force on a day is the latest
-- published by then). Nothing is deleted.
create sequence exams_seq start with 1 increment by 50;

create table exams_result (
    id bigint not null primary key,
    exam varchar(10) not null,
    exam_year integer not null,
    candidate_number varchar(20) not null,
    id_number varchar(18) not null,
    name varchar(50) not null,
    unit_id bigint not null,
    unit_path varchar(400) not null,
    total integer not null,
    imported_by varchar(64) not null,
    imported_at ${ts} not null
);
create unique index ux_exams_result_candidate on exams_result (exam, exam_year, candidate_number);
create unique index ux_exams_result_person on exams_result (exam, exam_year, id_number);
create index ix_exams_result_path on exams_result (unit_path ${pattern_ops}, exam, exam_year);
create index ix_exams_result_unit on exams_result (exam, exam_year, unit_id, total);

create table exams_subject_score (
    result_id bigint not null references exams_result (id),
    subject varchar(16) not null,
    score integer not null,
    primary key (result_id, subject)
);

create table exams_line (
    id bigint not null primary key,
    exam varchar(10) not null,
    exam_year integer not null,
    batch varchar(20) not null,
    score integer not null,
    published_on date not null,
    source varchar(200) not null,
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null
);
create index ix_exams_line on exams_line (exam, exam_year, batch, published_on);
