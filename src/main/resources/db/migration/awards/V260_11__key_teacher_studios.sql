-- Master-teacher studios (名师工作室) led by a key teacher, their members, yearly goals and
-- activities; mentoring pairs (名师带徒, 青蓝工程) with a period and a result; their transitions.
create table key_teacher_studio (
    id bigint not null primary key,
    name varchar(100) not null,
    leader_key_teacher_id bigint not null references key_teacher (id),
    leader_staff_id bigint not null,
    leader_name varchar(50) not null,
    unit_id bigint not null,
    subject varchar(30),
    opened_on date not null,
    closed_on date,
    status varchar(12) not null,
    created_by varchar(64) not null,
    created_at ${ts} not null,
    version bigint not null
);
create index ix_key_teacher_studio_unit on key_teacher_studio (unit_id);

create table key_teacher_studio_member (
    id bigint not null primary key,
    studio_id bigint not null references key_teacher_studio (id),
    staff_id bigint not null,
    staff_name varchar(50) not null,
    joined_on date not null,
    left_on date,
    added_by varchar(64) not null,
    added_at ${ts} not null,
    version bigint not null
);
create index ix_key_teacher_studio_member on key_teacher_studio_member (studio_id);

create table key_teacher_studio_record (
    id bigint not null primary key,
    studio_id bigint not null references key_teacher_studio (id),
    record_year integer not null,
    activity boolean not null,
    on_day date,
    title varchar(200) not null,
    participants integer,
    actor varchar(64) not null,
    at ${ts} not null
);
create index ix_key_teacher_studio_record on key_teacher_studio_record (studio_id);

create table key_teacher_mentoring (
    id bigint not null primary key,
    mentor_staff_id bigint not null,
    mentor_name varchar(50) not null,
    mentee_staff_id bigint not null,
    mentee_name varchar(50) not null,
    unit_id bigint not null,
    studio_id bigint references key_teacher_studio (id),
    start_on date not null,
    end_on date not null,
    status varchar(14) not null,
    decided_on date,
    note varchar(500),
    created_by varchar(64) not null,
    created_at ${ts} not null,
    version bigint not null
);
create index ix_key_teacher_mentoring_mentee on key_teacher_mentoring (mentee_staff_id);

create table key_teacher_studio_step (
    id bigint not null primary key,
    studio_id bigint,
    pair_id bigint,
    from_status varchar(14),
    to_status varchar(14) not null,
    on_day date,
    note varchar(500),
    actor varchar(64) not null,
    at ${ts} not null
);
create index ix_key_teacher_studio_step on key_teacher_studio_step (studio_id, pair_id);
