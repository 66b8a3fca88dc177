package nl.perspectief.intake.registration.command;

import java.time.Clock;
import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import nl.perspectief.intake.registration.api.RegistrationReceipt;
import nl.perspectief.intake.registration.api.SubmitRegistrationCommand;

/**
 * Creates registrations. It lives outside the aggregate because the reference and the idempotency
 * key are shared state across aggregates; it runs in the command's unit of work, so the key, the
 * counter and the event commit or roll back together: a crash leaves neither a half registration
 * nor a burnt reference.
 */
@Component
class RegistrationSubmission {

    private final Repository<Registration> registrations;
    private final RegistrationReferences references;
    private final IdempotencyKeys idempotencyKeys;
    private final Clock clock;

    RegistrationSubmission(Repository<Registration> registrations, RegistrationReferences references,
                           IdempotencyKeys idempotencyKeys, Clock clock) {
        this.registrations = registrations;
        this.references = references;
        this.idempotencyKeys = idempotencyKeys;
        this.clock = clock;
    }

    @CommandHandler
    RegistrationReceipt handle(SubmitRegistrationCommand command) throws Exception {
        if (command.idempotencyKey() != null) {
            Optional<RegistrationReceipt> earlier = idempotencyKeys.claim(command.idempotencyKey(),
                    command.requestSha256(), command.registrationId(), command.submittedAt());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        int year = command.submittedAt().atZone(clock.getZone()).getYear();
        String reference = "PH-%d-%05d".formatted(year, references.next(year));
        registrations.newInstance(() -> new Registration(command, reference));
        if (command.idempotencyKey() != null) {
            idempotencyKeys.recordReference(command.idempotencyKey(), reference);
        }
        return new RegistrationReceipt(command.registrationId(), reference);
    }
}
