package io.edubureau.dataset;

/**
 * How big a generated bureau is: counties of about 60 schools, grouped into cities and a
 * province. {@code TINY} is for tests.
 */
enum Scale {

	TINY(1, 1, 4, 200), COUNTY(1, 1, 60, 5_000), CITY(1, 10, 60, 50_000), PROVINCE(14, 24, 60, 1_000_000);

	final int cities;

	final int countiesPerCity;

	final int schoolsPerCounty;

	final int staff;

	Scale(int cities, int countiesPerCity, int schoolsPerCounty, int staff) {
		this.cities = cities;
		this.countiesPerCity = countiesPerCity;
		this.schoolsPerCounty = schoolsPerCounty;
		this.staff = staff;
	}

}
