-- Petitions (信访): each matter registered with its channel, petitioner, subject and the unit
-- responsible, its place in the workflow of 信访工作条例 (2022) and the deadlines of each stage
-- (counted by rules, policy rules §12), every transition a history row. The petitioner's
-- personal data stays here and is shown masked to those who need not see it. Nothing is deleted.
create sequence petitions_seq start with 1 increment by 50;

create table petitions_petition (
    id bigint not null primary key,
    unit_id bigint not null,
    unit_path varchar(400) not null,
    channel varchar(10) not null,
    category varchar(20) not null,
    subject varchar(200) not null,
    matter ${clob} not null,
    petitioner_name varchar(50) not null,
    petitioner_phone varchar(20),
    petitioner_id_number varchar(18),
    group_size integer not null,
    received_on date not null,
    transferred_on date,
    objection_due date,
    repeat_of_id bigint,
    status varchar(20) not null,
    acceptance_due date not null,
    decided_on date,
    handling_due date,
    latest_extended_due date,
    extended_due date,
    extension_approved_by varchar(50),
    concluded_on date,
    outcome varchar(20),
    reply ${clob},
    satisfaction varchar(20),
    decision_received_on date,
    review_requested_on date,
    review_due date,
    reviewed_on date,
    review_outcome varchar(20),
    review_received_on date,
    re_review_requested_on date,
    re_review_due date,
    re_reviewed_on date,
    re_review_outcome varchar(20),
    current_due date,
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create index ix_petitions_path on petitions_petition (unit_path ${pattern_ops}, received_on);
create index ix_petitions_received on petitions_petition (received_on);
create index ix_petitions_due on petitions_petition (current_due);
create index ix_petitions_repeat on petitions_petition (repeat_of_id);

create table petitions_step (
    id bigint not null primary key,
    petition_id bigint not null references petitions_petition (id),
    from_status varchar(20),
    to_status varchar(20) not null,
    on_day date not null,
    note varchar(1000),
    actor varchar(64) not null,
    occurred_at ${ts} not null
);
create index ix_petitions_step on petitions_step (petition_id);
