-- The right to vote and stand in branch elections (基层组织选举工作条例 第五条): a member who is
-- not staff may be a probationary member (预备党员) until a day, and any member may be under
-- 留党察看 for a spell; a ballot that left seats may end with the seats reduced (减少名额) by the
-- voters' agreement instead of another round.
alter table party_membership add probationary_until date;
alter table party_membership add observed_from date;
alter table party_membership add observed_until date;
alter table party_membership add observation_note varchar(200);
alter table party_election add reduced_agreed integer;
