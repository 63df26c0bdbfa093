-- Professional-title evaluation (职称评审): yearly rounds, their post-structure ratios, review
-- panel, applications with materials, votes, objections during the public notice, and the
-- steps of rounds and applications.
create sequence titles_round_seq start with 1 increment by 50;

create table titles_round (
    id bigint not null primary key,
    round_year integer not null,
    opens_on date not null,
    closes_on date not null,
    state varchar(10) not null,
    notice_starts date,
    notice_ends date,
    updated_at ${ts} not null,
    version bigint not null
);
create unique index ux_titles_round_year on titles_round (round_year);

create sequence titles_post_ratio_seq start with 1 increment by 50;

create table titles_post_ratio (
    id bigint not null primary key,
    round_id bigint not null references titles_round (id),
    stage varchar(12) not null,
    title_level varchar(20) not null,
    percent integer not null
);
create unique index ux_titles_post_ratio on titles_post_ratio (round_id, stage, title_level);

create sequence titles_panel_member_seq start with 1 increment by 50;

create table titles_panel_member (
    id bigint not null primary key,
    round_id bigint not null references titles_round (id),
    member_name varchar(100) not null,
    affiliation varchar(100),
    added_by varchar(64) not null,
    added_at ${ts} not null
);
create unique index ux_titles_panel_member on titles_panel_member (round_id, member_name);

create sequence titles_application_seq start with 1 increment by 50;

create table titles_application (
    id bigint not null primary key,
    round_id bigint not null references titles_round (id),
    staff_id bigint not null,
    staff_name varchar(100) not null,
    unit_id bigint not null,
    current_level varchar(20) not null,
    target_level varchar(20) not null,
    state varchar(20) not null,
    by_school boolean not null,
    eligible boolean not null,
    override_note varchar(500),
    yes_votes integer,
    present_votes integer,
    result_on date,
    appointed_on date,
    submitted_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create unique index ux_titles_application on titles_application (round_id, staff_id);
create index ix_titles_application_unit on titles_application (unit_id);

create sequence titles_material_seq start with 1 increment by 50;

create table titles_material (
    id bigint not null primary key,
    application_id bigint not null references titles_application (id),
    item varchar(30) not null,
    provided boolean not null,
    note varchar(200)
);
create unique index ux_titles_material on titles_material (application_id, item);

create sequence titles_vote_seq start with 1 increment by 50;

create table titles_vote (
    id bigint not null primary key,
    application_id bigint not null references titles_application (id),
    member_id bigint not null references titles_panel_member (id),
    choice varchar(8) not null,
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null
);
create unique index ux_titles_vote on titles_vote (application_id, member_id);

create sequence titles_objection_seq start with 1 increment by 50;

create table titles_objection (
    id bigint not null primary key,
    application_id bigint not null references titles_application (id),
    raised_on date not null,
    content varchar(1000) not null,
    recorded_by varchar(64) not null,
    resolved boolean not null,
    upheld boolean not null,
    resolution varchar(500),
    resolved_by varchar(64),
    resolved_at ${ts}
);
create index ix_titles_objection_application on titles_objection (application_id);

create sequence titles_step_seq start with 1 increment by 50;

create table titles_step (
    id bigint not null primary key,
    round_id bigint not null,
    application_id bigint,
    from_state varchar(20),
    to_state varchar(20) not null,
    actor varchar(64) not null,
    note varchar(500),
    occurred_at ${ts} not null
);
create index ix_titles_step_round on titles_step (round_id, application_id);
