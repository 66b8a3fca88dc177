package nl.perspectief.intake.registration.confirmation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.perspectief.intake.registration.api.RegistrationSubmittedEvent;
import nl.perspectief.mailoutbox.EnqueueOutcome;
import nl.perspectief.mailoutbox.MailOutbox;

/**
 * Queues the confirmation of each registration in the mail outbox, from a tracking processor of its own: the row is
 * written in the transaction that advances this processor's token, after the registration itself was committed, so
 * a stored registration always gets its confirmation queued, and the command that stored it never waits for mail.
 * The mail's id comes from the event's id, so a redelivered event queues nothing new. Replays (a reset of the
 * processor) queue nothing: a confirmation is owed once, when the registration arrives.
 */
@Component
@ProcessingGroup(RegistrationConfirmation.PROCESSING_GROUP)
class RegistrationConfirmation {

    static final String PROCESSING_GROUP = "registration-confirmation";
    private static final Logger log = LoggerFactory.getLogger(RegistrationConfirmation.class);

    private final MailOutbox outbox;

    RegistrationConfirmation(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @EventHandler
    @DisallowReplay
    void on(RegistrationSubmittedEvent event, @MessageIdentifier String eventId) {
        ConfirmationMail.of(event, eventId).ifPresentOrElse(
                mail -> {
                    EnqueueOutcome outcome = outbox.enqueue(mail);
                    log.info("Registration {}: confirmation mail {} {}", event.registrationId(), mail.mailId(), outcome);
                },
                () -> log.info("Registration {}: no confirmation mail, no e-mail address given", event.registrationId()));
    }
}
