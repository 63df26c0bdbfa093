-- School buildings (校舍) and dangerous buildings (危房): each building of a school with its use, floors,
-- floor area and structure; its safety appraisal grade (A/B/C/D, the latest appraisal by its date);
-- the remedy plan of a C/D building (reinforcement or demolition, with a deadline); its guarded status
-- (in use, out of use, demolished — never deleted). Every appraisal, plan and status change is a history
-- row, so the grade on any past day can be read again.
create table facilities_building (
    id bigint not null primary key,
    unit_id bigint not null,
    unit_path varchar(400) not null,
    name varchar(100) not null,
    building_use varchar(20) not null,
    floors integer not null,
    floor_area integer not null,
    year_built integer not null,
    structure varchar(20) not null,
    grade varchar(2),
    appraised_on date,
    remedy varchar(20),
    remedy_deadline date,
    status varchar(20) not null,
    demolished_on date,
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create index ix_facilities_building_path on facilities_building (unit_path ${pattern_ops}, status);

create table facilities_building_step (
    id bigint not null primary key,
    building_id bigint not null references facilities_building (id),
    event varchar(20) not null,
    from_status varchar(20),
    to_status varchar(20),
    grade varchar(2),
    remedy varchar(20),
    deadline date,
    on_day date not null,
    note varchar(500),
    actor varchar(64) not null,
    occurred_at ${ts} not null
);
create index ix_facilities_building_step on facilities_building_step (building_id, event, on_day);
