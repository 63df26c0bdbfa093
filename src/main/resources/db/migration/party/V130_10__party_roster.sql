-- The Party members among the staff (中共党员/预备党员), copied from the staff module when the
-- dues are computed, so the arrears are paged in party's own query: a member who paid
-- nothing has a row here. A member who leaves is marked inactive, never deleted.
create table party_roster (
    staff_id bigint not null primary key,
    person_name varchar(50) not null,
    unit_id bigint not null,
    unit_path varchar(400) not null,
    joined_month integer not null,
    active boolean not null
);
create index ix_party_roster_path on party_roster (unit_path);
