package nl.perspectief.accesslog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.perspectief.accesslog.InvalidAccessLogQueryException.InvalidParameter;

/**
 * A search of the access log; every criterion is optional. Errors name the parameters as the API
 * calls them ({@code caseId}, {@code actor}, {@code from}, {@code to}, {@code page}, {@code size}).
 *
 * @param actorSubject only records of this actor (OIDC subject)
 * @param from only records that occurred at or after this instant
 * @param to only records that occurred before this instant
 * @param page zero-based
 * @param size 1 to {@value #MAX_SIZE}
 */
public record AccessLogQuery(UUID caseId, String actorSubject, Instant from, Instant to, int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    public AccessLogQuery {
        List<InvalidParameter> errors = new ArrayList<>();
        if (actorSubject != null && (actorSubject.isBlank() || actorSubject.length() > AccessRecord.MAX_TEXT_LENGTH)) {
            errors.add(new InvalidParameter("actor", "Size", "must be 1 to " + AccessRecord.MAX_TEXT_LENGTH + " characters"));
        }
        if (from != null && to != null && from.isAfter(to)) {
            errors.add(new InvalidParameter("from", "FromNotAfterTo", "must not be after to"));
        }
        if (page < 0) {
            errors.add(new InvalidParameter("page", "Min", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new InvalidParameter("size", "Range", "must be between 1 and " + MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidAccessLogQueryException(errors);
        }
    }

    /** The newest records, of everyone. */
    public static AccessLogQuery latest(int size) {
        return new AccessLogQuery(null, null, null, null, 0, size);
    }

    long offset() {
        return (long) page * size;
    }
}
