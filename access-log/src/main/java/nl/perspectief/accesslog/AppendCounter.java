package nl.perspectief.accesslog;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts appends as {@code perspectief.access.log.appends}, tagged with resource and outcome. */
final class AppendCounter implements AppendListener {

    static final String NAME = "perspectief.access.log.appends";

    private final MeterRegistry registry;

    AppendCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void appended(AccessRecord record) {
        Counter.builder(NAME)
                .description("Records appended to the access log")
                .tag("resource", record.resource().name())
                .tag("outcome", record.outcome().name())
                .register(registry)
                .increment();
    }
}
