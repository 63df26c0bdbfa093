-- Cadres (干部): leadership posts, appointments, democratic evaluation rounds with their tallies,
-- principal elections by secret ballot and reserve cadres. Rows are never deleted.
create sequence cadres_seq start with 1 increment by 50;

create table cadres_post (
    id bigint not null primary key,
    unit_id bigint not null,
    kind varchar(20) not null,
    title varchar(100) not null,
    active boolean not null,
    created_by varchar(64) not null,
    created_on date not null,
    version bigint not null
);
create index ix_cadres_post_unit on cadres_post (unit_id);

create table cadres_appointment (
    id bigint not null primary key,
    post_id bigint not null references cadres_post (id),
    unit_id bigint not null,
    staff_id bigint not null,
    staff_name varchar(50) not null,
    start_date date not null,
    document_no varchar(100) not null,
    end_date date,
    end_reason varchar(20),
    end_note varchar(500),
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null,
    version bigint not null
);
create index ix_cadres_appointment_unit on cadres_appointment (unit_id);
create index ix_cadres_appointment_staff on cadres_appointment (staff_id);

create table cadres_round (
    id bigint not null primary key,
    evaluation_year integer not null,
    name varchar(100) not null,
    status varchar(10) not null,
    opened_by varchar(64) not null,
    opened_at ${ts} not null,
    closed_by varchar(64),
    closed_at ${ts},
    version bigint not null
);

create table cadres_round_unit (
    round_id bigint not null references cadres_round (id),
    unit_id bigint not null,
    primary key (round_id, unit_id)
);

create table cadres_round_step (
    id bigint not null primary key,
    round_id bigint not null references cadres_round (id),
    from_status varchar(10),
    to_status varchar(10) not null,
    actor varchar(64) not null,
    occurred_at ${ts} not null
);
create index ix_cadres_round_step_round on cadres_round_step (round_id);

create table cadres_tally (
    id bigint not null primary key,
    round_id bigint not null references cadres_round (id),
    appointment_id bigint not null references cadres_appointment (id),
    staff_id bigint not null,
    unit_id bigint not null,
    evaluation_year integer not null,
    excellent integer not null,
    competent integer not null,
    basically_competent integer not null,
    incompetent integer not null,
    outcome varchar(10) not null,
    unfavourable_share decimal(7, 4) not null,
    entered_by varchar(64) not null,
    entered_at ${ts} not null,
    admonished_on date,
    admonished_by varchar(100),
    admonish_notes varchar(1000),
    removed_on date,
    removal_document varchar(100),
    version bigint not null
);
create unique index ux_cadres_tally on cadres_tally (round_id, appointment_id);
create index ix_cadres_tally_staff on cadres_tally (staff_id);

-- A principal election: one row per round of voting (a run-off is a new row pointing at the first).
create table cadres_election (
    id bigint not null primary key,
    unit_id bigint not null,
    post_id bigint not null references cadres_post (id),
    title varchar(100) not null,
    election_day date not null,
    mode varchar(10) not null,
    status varchar(10) not null,
    round_no integer not null,
    previous_id bigint,
    eligible integer,
    ballots_cast integer,
    valid_result boolean,
    elected_staff_id bigint,
    closed_on date,
    created_by varchar(64) not null,
    version bigint not null
);
create index ix_cadres_election_unit on cadres_election (unit_id);

create table cadres_candidate (
    id bigint not null primary key,
    election_id bigint not null references cadres_election (id),
    staff_id bigint not null,
    staff_name varchar(50) not null,
    votes integer,
    version bigint not null
);
create index ix_cadres_candidate_election on cadres_candidate (election_id);

-- The voter list marks only whether a voter has voted; the token is a hash, cleared once used.
create table cadres_voter (
    id bigint not null primary key,
    election_id bigint not null references cadres_election (id),
    staff_id bigint not null,
    staff_name varchar(50) not null,
    token_hash varchar(64),
    has_voted boolean not null,
    version bigint not null
);
create unique index ux_cadres_voter on cadres_voter (election_id, staff_id);
create unique index ux_cadres_voter_token on cadres_voter (token_hash);

-- The ballot store: a random id, the election and the choice; nothing names the voter or the moment.
create table cadres_ballot (
    id varchar(36) not null primary key,
    election_id bigint not null references cadres_election (id),
    candidate_id bigint not null references cadres_candidate (id)
);
create index ix_cadres_ballot_election on cadres_ballot (election_id);

create table cadres_reserve (
    id bigint not null primary key,
    unit_id bigint not null,
    post_kind varchar(20) not null,
    staff_id bigint not null,
    staff_name varchar(50) not null,
    female boolean not null,
    birth_date date,
    recommendation varchar(1000) not null,
    nominated_on date not null,
    active boolean not null,
    recorded_by varchar(64) not null,
    version bigint not null
);
create index ix_cadres_reserve_unit on cadres_reserve (unit_id);
