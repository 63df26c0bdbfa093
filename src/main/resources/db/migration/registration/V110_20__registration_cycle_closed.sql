-- Who closed a registration cycle and when; null while it is open.
alter table registration_cycle add closed_by varchar(64);
alter table registration_cycle add closed_at ${ts};
