package nl.perspectief.publicdefences;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A form field that people never see (hidden by the page's CSS, named like something a bot fills in, such as
 * {@code website}) and bots fill in. A request with it filled in is answered as if it was accepted, so the bot learns
 * nothing, and nothing is stored: the service asks {@link #caught} first and, when it is, answers with something
 * plausible that refers to nothing. Counted in {@value #TRIGGERED} by endpoint; the value itself is never logged.
 */
public final class Honeypot {

    public static final String TRIGGERED = "perspectief.public.honeypot.triggered";
    private static final Logger log = LoggerFactory.getLogger(Honeypot.class);

    private final MeterRegistry meters;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public Honeypot(MeterRegistry meters) {
        this.meters = meters;
    }

    /** True, counted and logged (without the value) when the field was filled in: answer as accepted, store nothing. */
    public boolean caught(String endpoint, String field) {
        if (field == null || field.isEmpty()) {
            return false;
        }
        counters.computeIfAbsent(endpoint, name -> Counter.builder(TRIGGERED)
                        .description("Requests with the honeypot field filled in: answered as accepted, never stored")
                        .tag("endpoint", name)
                        .register(meters))
                .increment();
        log.info("Honeypot of {} filled in; answered as accepted, nothing stored", endpoint);
        return true;
    }
}
