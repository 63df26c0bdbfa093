-- Each cycle belongs to the bureau whose area it covers (its subtree); cycles opened before
-- belong to the root bureau (the first unit without a parent, by code). The column stays
-- nullable in the database: a portable "set not null" differs between the two databases.
alter table registration_cycle add owner_unit_id bigint;
update registration_cycle set owner_unit_id = (select min(u.id) from org_unit u where u.parent_id is null
    and u.code = (select min(r.code) from org_unit r where r.parent_id is null));
create index ix_registration_cycle_owner on registration_cycle (owner_unit_id);
