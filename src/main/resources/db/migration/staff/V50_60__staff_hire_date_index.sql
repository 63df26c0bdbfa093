-- The annual figures read the people hired in the book's two years: a range read, not a scan of every person.
create index ix_staff_member_hire_date on staff_member (hire_date);
