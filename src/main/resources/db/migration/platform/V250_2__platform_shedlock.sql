-- ShedLock's lock table: a scheduled job runs on one node of a cluster at a time.
create table shedlock (
    name varchar(64) not null,
    lock_until ${ts} not null,
    locked_at ${ts} not null,
    locked_by varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
