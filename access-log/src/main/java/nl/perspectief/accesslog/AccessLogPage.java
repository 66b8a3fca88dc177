package nl.perspectief.accesslog;

import java.util.List;

/**
 * One page of a search, newest first. {@code hasNext} instead of a total: counting a long log on
 * every page would cost more than the page.
 */
public record AccessLogPage(List<AccessLogEntry> entries, int page, int size, boolean hasNext) {
}
