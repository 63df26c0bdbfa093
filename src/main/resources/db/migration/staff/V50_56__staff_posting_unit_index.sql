-- Postings by unit: filling the back-filled paths at start-up and following moved units.
create index ix_staff_posting_unit on staff_posting (unit_id);
