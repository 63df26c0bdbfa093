package io.edubureau.facilities;

import java.util.List;

/** A project with its history and its payments. */
record ProjectDetail(ProjectView project, List<ProjectStepView> history, List<PaymentView> payments) {
}
