package nl.perspectief.cases.casefile.api;

import java.util.Set;

/**
 * The case list, newest first, answered with a {@link CaseListView}. Every filter is optional ({@code null}
 * or {@code false}: no filter).
 *
 * @param waiting only cases with a follow-up deadline of an unanswered contact attempt that has passed
 * @param page    zero-based
 * @param size    cases per page, at most {@link #MAX_SIZE}
 * @param onlyStatuses only cases in one of these statuses, besides {@code status}; {@code null} or empty: any
 */
public record FindCasesQuery(
        CaseStatus status,
        String mediatorId,
        IncidentCategory category,
        boolean waiting,
        int page,
        int size,
        Set<CaseStatus> onlyStatuses) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public FindCasesQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        onlyStatuses = onlyStatuses == null ? Set.of() : Set.copyOf(onlyStatuses);
    }

    public FindCasesQuery(CaseStatus status, String mediatorId, IncidentCategory category, boolean waiting, int page,
                          int size) {
        this(status, mediatorId, category, waiting, page, size, Set.of());
    }
}
