-- Secondment and long leave have an (optional) end date; a MERGE event names the other record.
alter table staff_event add ends_on date;
alter table staff_event add related_staff_id bigint;

-- A merged duplicate points at the record that survived; it is kept, never deleted.
alter table staff_member add merged_into_id bigint;
create index ix_staff_member_name_birth on staff_member (birth_date, name);
