-- The first day of the first month a person who retired, left or died is no longer paid
-- (the month after the event); null while the record is active.
alter table pay_record add column ended_from date;
