-- Audit trail and login log: append-only; the product has no update or delete path to them.
create sequence audit_entry_seq start with 1 increment by 50;

create table audit_entry (
    id bigint not null primary key,
    occurred_at ${ts} not null,
    actor varchar(64) not null,
    ip varchar(64),
    action varchar(20) not null,
    entity_type varchar(50) not null,
    entity_id varchar(64),
    summary varchar(500),
    changes ${clob}
);
create index ix_audit_entry_time on audit_entry (occurred_at);
create index ix_audit_entry_entity on audit_entry (entity_type, entity_id);
create index ix_audit_entry_actor on audit_entry (actor, occurred_at);

create sequence audit_login_event_seq start with 1 increment by 50;

create table audit_login_event (
    id bigint not null primary key,
    occurred_at ${ts} not null,
    username varchar(64) not null,
    ip varchar(64),
    outcome varchar(10) not null,
    detail varchar(200)
);
create index ix_audit_login_event_time on audit_login_event (occurred_at);
create index ix_audit_login_event_user on audit_login_event (username, occurred_at);
