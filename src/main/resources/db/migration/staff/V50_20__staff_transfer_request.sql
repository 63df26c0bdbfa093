-- Transfer requests between units (school requests, bureau approves) and their steps.
create sequence staff_transfer_request_seq start with 1 increment by 50;

create table staff_transfer_request (
    id bigint not null primary key,
    staff_id bigint not null references staff_member (id),
    from_unit_id bigint not null,
    to_unit_id bigint not null,
    transfer_on date not null,
    reason varchar(500) not null,
    status varchar(10) not null,
    -- Equals staff_id while the request is open, null once decided: one open request per person.
    open_staff_id bigint,
    requested_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create unique index ux_staff_transfer_request_open on staff_transfer_request (open_staff_id);
create index ix_staff_transfer_request_staff on staff_transfer_request (staff_id);
create index ix_staff_transfer_request_status on staff_transfer_request (status, updated_at);

create sequence staff_transfer_step_seq start with 1 increment by 50;

create table staff_transfer_step (
    id bigint not null primary key,
    request_id bigint not null references staff_transfer_request (id),
    from_status varchar(10),
    to_status varchar(10) not null,
    actor varchar(64) not null,
    comment varchar(500),
    occurred_at ${ts} not null
);
create index ix_staff_transfer_step_request on staff_transfer_step (request_id);
