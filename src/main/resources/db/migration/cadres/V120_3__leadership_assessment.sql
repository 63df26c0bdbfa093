-- 班子考核: assessment teams of a round, the units each assesses, and each unit's
-- leadership-team grade from the team ballots, with its history.
create table cadres_assessment_team (
    id bigint not null primary key,
    round_id bigint not null references cadres_round (id),
    name varchar(100) not null,
    created_by varchar(64) not null,
    created_at ${ts} not null,
    version bigint not null
);
create unique index ux_cadres_assessment_team on cadres_assessment_team (round_id, name);

create table cadres_assessment_team_member (
    team_id bigint not null references cadres_assessment_team (id),
    staff_id bigint not null,
    primary key (team_id, staff_id)
);

create table cadres_assessment_team_unit (
    team_id bigint not null references cadres_assessment_team (id),
    unit_id bigint not null,
    primary key (team_id, unit_id)
);

create table cadres_team_assessment (
    id bigint not null primary key,
    round_id bigint not null references cadres_round (id),
    team_id bigint not null references cadres_assessment_team (id),
    unit_id bigint not null,
    evaluation_year integer not null,
    good integer not null,
    fairly_good integer not null,
    average integer not null,
    poor integer not null,
    grade varchar(12) not null,
    good_share decimal(7, 4) not null,
    favourable_share decimal(7, 4) not null,
    poor_share decimal(7, 4) not null,
    status varchar(10) not null,
    note varchar(1000),
    entered_by varchar(64) not null,
    entered_at ${ts} not null,
    version bigint not null
);
create unique index ux_cadres_team_assessment on cadres_team_assessment (round_id, unit_id);
create index ix_cadres_team_assessment_year on cadres_team_assessment (evaluation_year);

create table cadres_team_assessment_step (
    id bigint not null primary key,
    assessment_id bigint not null references cadres_team_assessment (id),
    from_status varchar(10),
    to_status varchar(10) not null,
    grade varchar(12) not null,
    actor varchar(64) not null,
    occurred_at ${ts} not null
);
create index ix_cadres_team_assessment_step on cadres_team_assessment_step (assessment_id);
