-- Dated approvals of establishment (编制): every approval of a unit's posts in a post category is
-- a new row, effective from its date; nothing is overwritten or deleted. The approval in force on
-- a day is the latest row effective on or before it (ties: the one recorded last).
-- Ids come from establishment_approved_seq, so the backfilled rows keep their old ids and new rows
-- never collide with them.
create table establishment_approval (
    id bigint not null primary key,
    unit_id bigint not null,
    post_category varchar(15) not null,
    approved integer not null,
    effective_from date,
    document_ref varchar(200),
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null
);
create index ix_establishment_approval on establishment_approval (unit_id, post_category, effective_from);

-- Approvals on record before approvals were dated: effective_from stays null, meaning "in force
-- from the beginning" (they count for every year until a dated approval supersedes them).
-- establishment_approved is kept as it stood here; from now on the current state is derived
-- from this table.
insert into establishment_approval (id, unit_id, post_category, approved, effective_from, document_ref,
        recorded_by, recorded_at)
    select id, unit_id, post_category, approved, null, null, 'migration', updated_at
    from establishment_approved;
