-- Key teachers (骨干教师、学科带头人、名师、首席教师): a designation per person, level and term,
-- reviewed at term end (renewed: a new row naming the one it follows; lapsed) or revoked, every
-- transition a history row. Nothing is deleted.
create table key_teacher (
    id bigint not null primary key,
    staff_id bigint not null,
    staff_name varchar(50) not null,
    unit_id bigint not null,
    kind varchar(20) not null,
    kt_level varchar(12) not null,
    subject varchar(30),
    start_on date not null,
    end_on date not null,
    status varchar(12) not null,
    document_number varchar(60) not null,
    previous_id bigint,
    decided_on date,
    note varchar(500),
    created_by varchar(64) not null,
    created_at ${ts} not null,
    version bigint not null
);
create index ix_key_teacher_staff on key_teacher (staff_id);
create index ix_key_teacher_term on key_teacher (start_on, end_on);

create table key_teacher_step (
    id bigint not null primary key,
    key_teacher_id bigint not null references key_teacher (id),
    from_status varchar(12),
    to_status varchar(12) not null,
    on_day date,
    note varchar(500),
    actor varchar(64) not null,
    at ${ts} not null
);
create index ix_key_teacher_step on key_teacher_step (key_teacher_id);
