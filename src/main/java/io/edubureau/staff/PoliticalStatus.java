package io.edubureau.staff;

/** Political status (政治面貌). */
public enum PoliticalStatus {

	PARTY_MEMBER, PROBATIONARY_MEMBER, LEAGUE_MEMBER, DEMOCRATIC_PARTY, NONE

}
