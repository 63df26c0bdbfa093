package io.edubureau.supervision;

import java.util.List;

/**
 * How many rectification items of a scope are overdue, and the first few by deadline (the
 * home page's escalation).
 */
public record OverdueItems(long total, List<ItemView> first) {
}
