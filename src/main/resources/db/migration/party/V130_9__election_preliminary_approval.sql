-- Branch elections (issue 15): a ballot may be a preliminary election (差额预选) producing the
-- formal list of formal_count places; a complete committee waits for the higher Party
-- organisation's approval (批复): PENDING, APPROVED or RETURNED, its day, who entered it and why.
-- Committees completed before this change took effect when recorded: they count as approved.
alter table party_election add preliminary boolean default false not null;
alter table party_election add formal_count integer;
alter table party_election add approval varchar(10);
alter table party_election add approval_on date;
alter table party_election add approval_by varchar(64);
alter table party_election add approval_note varchar(200);
update party_election set approval = 'APPROVED' where term_start is not null;
