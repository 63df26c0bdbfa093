-- The units a person was at before each transfer, with dates, so that figures of a past
-- year count people at the unit they were at then; the current unit stays on staff_member.
create sequence staff_posting_seq start with 1 increment by 50;

create table staff_posting (
    id bigint not null primary key,
    member_id bigint not null references staff_member (id),
    unit_id bigint not null,
    -- Copy of the unit's tree path for subtree scopes; kept in step by UnitMoved events and
    -- filled at start-up for rows backfilled below.
    unit_path varchar(400),
    -- First day at the unit (the previous transfer's date); null: since the person was hired.
    valid_from date,
    -- The transfer's date: the first day at the next unit.
    valid_to date not null
);
create index ix_staff_posting_member on staff_posting (member_id, valid_to);
create index ix_staff_posting_path on staff_posting (unit_path ${pattern_ops});

-- Every transfer already recorded becomes the posting it ended; these rows take negative ids
-- so that the sequence, which starts at 1, never meets them.
insert into staff_posting (id, member_id, unit_id, unit_path, valid_from, valid_to)
select -row_number() over (order by e.member_id, e.occurred_on, e.id), e.member_id, e.from_unit_id, null,
       lag(e.occurred_on) over (partition by e.member_id order by e.occurred_on, e.id), e.occurred_on
from staff_event e
where e.kind = 'TRANSFER' and e.from_unit_id is not null;
