-- The unit a change request was submitted from, so that the review queue is scoped and paged in its
-- query (as transfer and retirement requests keep theirs); requests already made take the person's unit.
alter table staff_change_request add unit_id bigint;
update staff_change_request set unit_id = (select m.unit_id from staff_member m where m.id = staff_change_request.staff_id);
create index ix_staff_change_request_unit on staff_change_request (status, unit_id, updated_at);
