package io.edubureau.facilities;

import java.util.List;

/** Projects past their planned completion and not accepted (for the home page). */
public record LateProjects(long total, List<ProjectView> first) {
}
