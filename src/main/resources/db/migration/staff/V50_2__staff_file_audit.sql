-- Personnel-file special audit: auditors' signed conclusions, kept as history.
create sequence staff_file_audit_seq start with 1 increment by 50;

create table staff_file_audit (
    id bigint not null primary key,
    staff_id bigint not null references staff_member (id),
    confirmed_birth_date date not null,
    confirmed_work_start_date date,
    confirmed_party_join_date date,
    education varchar(500),
    identity varchar(500),
    evidence varchar(1000) not null,
    signed_by varchar(64) not null,
    signed_at ${ts} not null
);
create index ix_staff_file_audit_staff on staff_file_audit (staff_id);
