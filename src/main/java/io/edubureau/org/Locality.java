package io.edubureau.org;

/** Urban, town or rural, after the statistics bureau's urban-rural codes. */
public enum Locality {

	URBAN, TOWN, RURAL

}
