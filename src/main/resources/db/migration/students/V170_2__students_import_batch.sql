-- The import a student's enrolment came from (its audit entry names the same batch); null when
-- registered on the form.
alter table students_event add column import_batch varchar(36);
create index ix_students_event_batch on students_event (import_batch);
