package nl.perspectief.intake.registration.command;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import nl.perspectief.intake.registration.api.RegistrationReceipt;
import nl.perspectief.intake.registration.api.SubmitRegistrationCommand;
import nl.perspectief.personaldata.SubjectKeys;

/**
 * Creates registrations. It lives outside the aggregate because the reference and the idempotency
 * key are shared state across aggregates; it runs in the command's unit of work, so the key, the
 * counter and the event commit or roll back together: a crash leaves neither a half registration
 * nor a burnt reference.
 * <p>
 * Taking the reference locks the year's counter row until the commit, so every other registration waits from there
 * on: whatever can be done first is done first. The data subjects' keys (a look-up and an insert each) are made
 * before the reference is taken; the event's encryption then finds them in the transaction.
 */
@Component
class RegistrationSubmission {

    private final Repository<Registration> registrations;
    private final RegistrationReferences references;
    private final IdempotencyKeys idempotencyKeys;
    private final SubjectKeys subjectKeys;
    private final Clock clock;

    RegistrationSubmission(Repository<Registration> registrations, RegistrationReferences references,
                           IdempotencyKeys idempotencyKeys, SubjectKeys subjectKeys, Clock clock) {
        this.registrations = registrations;
        this.references = references;
        this.idempotencyKeys = idempotencyKeys;
        this.subjectKeys = subjectKeys;
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
        Stream.of(command.applicant() == null ? null : command.applicant().subjectId(),
                        command.otherParty() == null ? null : command.otherParty().subjectId(),
                        command.referrer() == null ? null : command.referrer().subjectId())
                .filter(Objects::nonNull)
                .forEach(subjectKeys::keyFor);
        int year = command.submittedAt().atZone(clock.getZone()).getYear();
        String reference = "PH-%d-%05d".formatted(year, references.next(year));
        registrations.newInstance(() -> new Registration(command, reference));
        if (command.idempotencyKey() != null) {
            idempotencyKeys.recordReference(command.idempotencyKey(), reference);
        }
        return new RegistrationReceipt(command.registrationId(), reference);
    }
}
