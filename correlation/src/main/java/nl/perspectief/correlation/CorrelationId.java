package nl.perspectief.correlation;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * The id a person can quote to the desk, and that an engineer finds in every log line of every service that
 * handled their request. Kept in the logging context (MDC) under {@link #MDC_KEY}; a caller's own id is taken
 * only when it is short and made of safe characters, so no submitted text can reach a log line through it.
 */
public final class CorrelationId {

    /** The HTTP request and response header, and the Kafka record header. */
    public static final String HEADER = "X-Correlation-Id";
    /** The key in the logging context, and so the field of each structured log line. */
    public static final String MDC_KEY = "correlationId";

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    private CorrelationId() {
    }

    /** The id of the work this thread is doing now, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }

    /** A caller's id when it can be trusted in a log line, otherwise a new one. */
    public static String acceptOrNew(String offered) {
        return isAcceptable(offered) ? offered : newId();
    }

    public static boolean isAcceptable(String offered) {
        return offered != null && ACCEPTED.matcher(offered).matches();
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /**
     * {@code work}, to be run later (a unit of work's commit phase, another thread) in this moment's logging context:
     * the id current now, or none; the context it finds then is put back afterwards.
     */
    public static Runnable keptFor(Runnable work) {
        String id = MDC.get(MDC_KEY);
        return () -> {
            String previous = MDC.get(MDC_KEY);
            putOrRemove(id);
            try {
                work.run();
            } finally {
                putOrRemove(previous);
            }
        };
    }

    private static void putOrRemove(String id) {
        if (id == null) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, id);
        }
    }
}
