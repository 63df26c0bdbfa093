-- Sanctions and other handling of ethics violations (处分), never deleted; a revocation ends one early.
create sequence staff_sanction_seq start with 1 increment by 50;

create table staff_sanction (
    id bigint not null primary key,
    staff_id bigint not null references staff_member (id),
    kind varchar(20) not null,
    decided_on date not null,
    decided_by varchar(100) not null,
    reason varchar(500) not null,
    document_number varchar(60),
    period_months integer,
    period_end date,
    revoked_on date,
    revocation_note varchar(500),
    revoked_by varchar(64),
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null,
    version bigint not null
);
create index ix_staff_sanction_staff on staff_sanction (staff_id);

-- Whether a qualification certificate still stands: revoked (撤销) or lost (丧失), with date and note.
alter table staff_certificate add status varchar(10) default 'VALID' not null;
alter table staff_certificate add status_on date;
alter table staff_certificate add status_note varchar(500);
alter table staff_certificate add status_by varchar(64);
