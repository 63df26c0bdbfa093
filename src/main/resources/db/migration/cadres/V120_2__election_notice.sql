-- From an election to an appointment: the 公示 of the result, objections raised during it,
-- and the roster entry the appointment made. Rows are never deleted.
alter table cadres_election add notice_from date;
alter table cadres_election add notice_until date;
alter table cadres_election add appointed_on date;
alter table cadres_election add appointment_id bigint;

create table cadres_objection (
    id bigint not null primary key,
    election_id bigint not null references cadres_election (id),
    received_on date not null,
    content varchar(1000) not null,
    status varchar(10) not null,
    resolution varchar(1000),
    resolved_on date,
    recorded_by varchar(64) not null,
    resolved_by varchar(64),
    version bigint not null
);
create index ix_cadres_objection_election on cadres_objection (election_id);
