package io.edubureau.petitions;

/**
 * Who petitioned: the name (or the first signatory of a joint petition), phone and
 * identity number as given, and how many people joined.
 */
record Petitioner(String name, String phone, String idNumber, int groupSize) {
}
