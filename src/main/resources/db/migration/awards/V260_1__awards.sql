-- Awards: commendation rounds (表彰) with a quota per unit (名额), the units' nominations checked
-- by the one-vote veto and the quota, and every transition of a round or a nomination as a history
-- row. Conferral writes the honour into the person's file (staff). Money in fen. Nothing is deleted.
create sequence awards_seq start with 1 increment by 50;

create table award_round (
    id bigint not null primary key,
    name varchar(100) not null,
    kind varchar(30) not null,
    award_level varchar(12) not null,
    award_year integer not null,
    owner_unit_id bigint not null,
    prize_fen bigint not null,
    status varchar(12) not null,
    notice_from date,
    notice_until date,
    conferred_on date,
    document_number varchar(60),
    created_by varchar(64) not null,
    created_at ${ts} not null,
    version bigint not null
);
create index ix_award_round_owner on award_round (owner_unit_id, award_year);

create table award_quota (
    id bigint not null primary key,
    round_id bigint not null references award_round (id),
    unit_id bigint not null,
    places integer not null,
    set_by varchar(64) not null,
    set_at ${ts} not null,
    version bigint not null
);
create unique index ux_award_quota on award_quota (round_id, unit_id);

create table award_nomination (
    id bigint not null primary key,
    round_id bigint not null references award_round (id),
    staff_id bigint not null,
    staff_name varchar(50) not null,
    unit_id bigint not null,
    nominated_on date not null,
    merits varchar(500),
    status varchar(12) not null,
    note varchar(500),
    honour_entry_id bigint,
    nominated_by varchar(64) not null,
    nominated_at ${ts} not null,
    version bigint not null
);
create index ix_award_nomination_round on award_nomination (round_id, unit_id);
create index ix_award_nomination_staff on award_nomination (staff_id);

create table award_step (
    id bigint not null primary key,
    round_id bigint not null references award_round (id),
    nomination_id bigint,
    from_status varchar(12),
    to_status varchar(12) not null,
    on_day date,
    note varchar(500),
    actor varchar(64) not null,
    at ${ts} not null
);
create index ix_award_step_round on award_step (round_id);
