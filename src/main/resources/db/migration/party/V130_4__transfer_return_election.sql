-- A pending 组织关系转接 the receiving branch returns with its reason (the member stays in the
-- old branch), and branch committee elections (支部委员会换届选举) with the votes per candidate.
-- Rows are never deleted.
alter table party_transfer add returned_on date;
alter table party_transfer add return_reason varchar(500);
alter table party_transfer add returned_by varchar(64);

create table party_election (
    id bigint not null primary key,
    organisation_id bigint not null references party_organisation (id),
    unit_id bigint not null,
    unit_path varchar(400) not null,
    term integer not null,
    round integer not null,
    previous_id bigint references party_election (id),
    held_on date not null,
    seats integer not null,
    entitled integer not null,
    present integer not null,
    valid boolean not null,
    seats_left integer not null,
    secretary_membership_id bigint,
    secretary_name varchar(50),
    term_start date,
    term_end date,
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null
);
create index ix_party_election_path on party_election (unit_path ${pattern_ops});
create index ix_party_election_branch on party_election (organisation_id, held_on);

create table party_election_candidate (
    election_id bigint not null references party_election (id),
    seq_no integer not null,
    membership_id bigint,
    staff_id bigint,
    person_name varchar(50),
    votes integer not null,
    elected boolean not null,
    primary key (election_id, seq_no)
);

alter table party_organisation add term_start date;
alter table party_organisation add election_id bigint;
