package nl.perspectief.mailoutbox;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the outbox did, for dashboards and alerts: {@value #OUTCOMES} counts mails by the state they ended in
 * (SENT, FAILED_PERMANENTLY, ERASED), {@value #RETRIES} the failed attempts that will be tried again, and the gauge
 * {@value #PENDING} holds the number of mails waiting, as the poller last counted them.
 */
final class OutboxMetrics {

    static final String OUTCOMES = "perspectief.mail.outbox";
    static final String RETRIES = "perspectief.mail.outbox.retries";
    static final String PENDING = "perspectief.mail.outbox.pending";

    private final MeterRegistry registry;
    private final AtomicLong pending = new AtomicLong();

    OutboxMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder(PENDING, pending, AtomicLong::get)
                .description("Mails waiting in the outbox to be sent")
                .register(registry);
    }

    void ended(MailState state) {
        Counter.builder(OUTCOMES)
                .description("Mails that left the outbox, by the state they ended in")
                .tag("state", state.name())
                .register(registry)
                .increment();
    }

    void retrying() {
        Counter.builder(RETRIES)
                .description("Failed attempts to send a mail that will be tried again")
                .register(registry)
                .increment();
    }

    void pending(long count) {
        pending.set(count);
    }
}
