package io.edubureau.facilities;

import java.util.List;

/**
 * A building with its history (oldest first) and the reasons of its classification, in
 * the request's language.
 */
record BuildingDetail(BuildingView building, List<BuildingStep.View> history, List<String> reasons) {
}
