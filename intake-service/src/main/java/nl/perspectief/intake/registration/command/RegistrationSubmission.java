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
 * key are shared state across aggregates; it runs in the command's unit of work, so the key and the
 * event commit or roll back together: a crash leaves no half registration.
 * <p>
 * The reference is taken last, after the registration's rules have passed, so a refused registration uses no number.
 * Its number comes from the year's sequence, which locks nothing: registrations no longer queue behind one another
 * (a gap-free counter locked its row until the commit). A registration that fails after that, on a database error
 * or a crash, was never acknowledged, and its number stays unused (see {@link RegistrationReferences}).
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
        Registration.refuseIfUnacceptable(command);
        int year = command.submittedAt().atZone(clock.getZone()).getYear();
        String reference = "PH-%d-%05d".formatted(year, references.next(year));
        registrations.newInstance(() -> new Registration(command, reference));
        if (command.idempotencyKey() != null) {
            idempotencyKeys.recordReference(command.idempotencyKey(), reference);
        }
        return new RegistrationReceipt(command.registrationId(), reference);
    }
}
