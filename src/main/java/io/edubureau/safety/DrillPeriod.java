package io.edubureau.safety;

import java.time.LocalDate;

/** One period of the compliance list (a month, or a quarter for kindergartens). */
record DrillPeriod(LocalDate from, LocalDate to, int evacuationDrills, boolean met) {
}
