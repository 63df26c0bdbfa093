-- Local parameters of the policy rules: append-only values, each effective from a date.
create sequence rules_parameter_value_seq start with 1 increment by 50;

create table rules_parameter_value (
    id bigint not null primary key,
    parameter_key varchar(80) not null,
    parameter_value decimal(19, 4) not null,
    effective_from date not null,
    reason varchar(500) not null,
    changed_by varchar(64) not null,
    changed_at ${ts} not null
);
create index ix_rules_parameter_value_key on rules_parameter_value (parameter_key, effective_from);
