-- Branch membership (member → branch with dated spells, history kept) and 组织关系转接
-- (MembershipTransfer). A spell runs from from_date (included) to until_date (excluded), so a
-- transfer received on the day the member left keeps them in one branch a day. Never deleted.
create table party_membership (
    id bigint not null primary key,
    organisation_id bigint not null references party_organisation (id),
    unit_id bigint not null,
    unit_path varchar(400) not null,
    staff_id bigint,
    person_name varchar(50) not null,
    birth_date date,
    retired boolean not null,
    from_date date not null,
    until_date date,
    joined_by varchar(20) not null,
    left_by varchar(20),
    transfer_id bigint,
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null,
    version bigint not null
);
create index ix_party_membership_path on party_membership (unit_path ${pattern_ops});
create index ix_party_membership_staff on party_membership (staff_id);
create index ix_party_membership_org on party_membership (organisation_id, from_date);

create table party_transfer (
    id bigint not null primary key,
    state varchar(12) not null,
    staff_id bigint,
    person_name varchar(50) not null,
    birth_date date,
    retired boolean not null,
    from_membership_id bigint references party_membership (id),
    from_organisation_id bigint references party_organisation (id),
    from_unit_id bigint,
    from_unit_path varchar(400),
    to_organisation_id bigint references party_organisation (id),
    to_unit_id bigint,
    to_unit_path varchar(400),
    outside_organisation varchar(200),
    letter_no varchar(50) not null,
    letter_date date not null,
    out_on date,
    received_on date,
    reason varchar(500),
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null,
    confirmed_by varchar(64),
    version bigint not null
);
create index ix_party_transfer_from on party_transfer (from_unit_path ${pattern_ops});
create index ix_party_transfer_to on party_transfer (to_unit_path ${pattern_ops});
