-- Student register (学籍): one row per student keyed by the identity number (or a flagged
-- temporary number), the dated events of each, transfers between schools (request → the
-- receiving school accepts), year-end promotions per school (set-based: one row per
-- promotion and one per student it moved), and dropout control cases (控辍保学) with
-- their dated follow-up actions. Each row keeps its unit's tree path for scope queries
-- (kept in step with org's UnitMoved). Nothing is deleted.
create sequence students_seq start with 1 increment by 50;

create table students_student (
    id bigint not null primary key,
    id_number varchar(18) not null,
    temporary_number boolean not null,
    name varchar(50) not null,
    sex varchar(6) not null,
    birth_date date not null,
    household varchar(6) not null,
    left_behind boolean not null,
    migrant boolean not null,
    boarder boolean not null,
    disability varchar(100),
    guardian_name varchar(50),
    guardian_phone varchar(20),
    unit_id bigint not null,
    unit_path varchar(400) not null,
    stage varchar(12) not null,
    grade integer not null,
    class_name varchar(30),
    entry_date date not null,
    status varchar(16) not null,
    status_since date not null,
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create unique index ux_students_id_number on students_student (id_number);
create index ix_students_path on students_student (unit_path ${pattern_ops}, status);
create index ix_students_unit on students_student (unit_id, status, grade);

create table students_event (
    id bigint not null primary key,
    student_id bigint not null references students_student (id),
    kind varchar(16) not null,
    occurred_on date not null,
    from_status varchar(16),
    to_status varchar(16) not null,
    unit_id bigint not null,
    other_unit_id bigint,
    grade integer,
    note varchar(500),
    actor varchar(64) not null,
    recorded_at ${ts} not null
);
create index ix_students_event_student on students_event (student_id, occurred_on);

create table students_promotion (
    id bigint not null primary key,
    unit_id bigint not null,
    school_year integer not null,
    promoted_on date not null,
    promoted integer not null,
    graduated integer not null,
    actor varchar(64) not null,
    recorded_at ${ts} not null
);
create unique index ux_students_promotion on students_promotion (unit_id, school_year);

-- One row per student a promotion moved: no surrogate id, so the whole set is one insert … select.
create table students_promotion_member (
    promotion_id bigint not null references students_promotion (id),
    student_id bigint not null references students_student (id),
    from_grade integer not null,
    graduated boolean not null,
    primary key (promotion_id, student_id)
);
create index ix_students_promotion_member on students_promotion_member (student_id);

create table students_transfer (
    id bigint not null primary key,
    student_id bigint not null references students_student (id),
    from_unit_id bigint not null,
    from_path varchar(400) not null,
    to_unit_id bigint not null,
    to_path varchar(400) not null,
    requested_on date not null,
    status varchar(10) not null,
    decided_on date,
    note varchar(500),
    requested_by varchar(64) not null,
    decided_by varchar(64),
    version bigint not null
);
create index ix_students_transfer_from on students_transfer (from_path ${pattern_ops}, status);
create index ix_students_transfer_to on students_transfer (to_path ${pattern_ops}, status);
create index ix_students_transfer_student on students_transfer (student_id);

create table students_dropout_case (
    id bigint not null primary key,
    student_id bigint not null references students_student (id),
    unit_id bigint not null,
    unit_path varchar(400) not null,
    opened_on date not null,
    reason varchar(500) not null,
    school_head varchar(50) not null,
    township_officer varchar(50) not null,
    village_officer varchar(50) not null,
    deadline date not null,
    status varchar(8) not null,
    outcome varchar(14),
    closed_on date,
    note varchar(500),
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create index ix_students_case_path on students_dropout_case (unit_path ${pattern_ops}, status);
create index ix_students_case_student on students_dropout_case (student_id);

create table students_dropout_action (
    id bigint not null primary key,
    case_id bigint not null references students_dropout_case (id),
    acted_on date not null,
    action_taken varchar(500) not null,
    by_person varchar(50) not null,
    actor varchar(64) not null,
    recorded_at ${ts} not null
);
create index ix_students_action_case on students_dropout_action (case_id);
