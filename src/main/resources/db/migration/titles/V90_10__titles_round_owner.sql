-- Each round belongs to the bureau whose area it covers (its subtree), one round a year per
-- bureau instead of one per installation; rounds opened before belong to the root bureau (the
-- first unit without a parent, by code). The year moves to a new column because dropping the
-- old unique index is written differently on PostgreSQL and MariaDB, while dropping its only
-- column drops it on both. Both columns stay nullable in the database for the same reason.
alter table titles_round add owner_unit_id bigint;
alter table titles_round add owner_year integer;
update titles_round set owner_year = round_year, owner_unit_id = (select min(u.id) from org_unit u
    where u.parent_id is null and u.code = (select min(r.code) from org_unit r where r.parent_id is null));
alter table titles_round drop column round_year;
create unique index ux_titles_round_owner_year on titles_round (owner_unit_id, owner_year);
