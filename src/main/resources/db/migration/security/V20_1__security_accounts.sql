-- Accounts, roles with their permissions and data scope, personal API tokens.
create sequence security_role_seq start with 1 increment by 10;

create table security_role (
    id bigint not null primary key,
    code varchar(40) not null,
    name_zh varchar(100) not null,
    name_en varchar(100) not null,
    built_in boolean not null,
    data_scope varchar(20) not null,
    version bigint not null
);
create unique index ux_security_role_code on security_role (code);

create table security_role_permission (
    role_id bigint not null references security_role (id),
    permission varchar(80) not null,
    primary key (role_id, permission)
);

create sequence security_user_seq start with 1 increment by 50;

create table security_user (
    id bigint not null primary key,
    username varchar(64) not null,
    display_name varchar(100) not null,
    password_hash varchar(200) not null,
    unit_id bigint,
    staff_id bigint,
    enabled boolean not null,
    must_change_password boolean not null,
    failed_attempts integer not null,
    locked_until ${ts},
    password_changed_at ${ts},
    last_login_at ${ts},
    created_at ${ts} not null,
    version bigint not null
);
create unique index ux_security_user_username on security_user (username);

create table security_user_role (
    user_id bigint not null references security_user (id),
    role_id bigint not null references security_role (id),
    primary key (user_id, role_id)
);

create sequence security_api_token_seq start with 1 increment by 10;

create table security_api_token (
    id bigint not null primary key,
    user_id bigint not null references security_user (id),
    name varchar(100) not null,
    token_hash varchar(64) not null,
    prefix varchar(12) not null,
    created_at ${ts} not null,
    expires_at ${ts},
    revoked_at ${ts},
    last_used_at ${ts}
);
create unique index ux_security_api_token_hash on security_api_token (token_hash);
create index ix_security_api_token_user on security_api_token (user_id);
