package nl.perspectief.training.enrolment.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import nl.perspectief.problems.FieldProblem;
import nl.perspectief.publicdefences.Honeypot;
import nl.perspectief.training.course.api.TrainingRuleException;
import nl.perspectief.training.enrolment.contact.EnrolmentLanguages;
import nl.perspectief.training.participant.PersonKeys;
import nl.perspectief.training.session.api.EnrolledBy;
import nl.perspectief.training.session.api.EnrolmentStatus;
import nl.perspectief.training.session.api.EnrolmentView;
import nl.perspectief.training.session.api.FindEnrolmentQuery;
import nl.perspectief.training.session.api.Participant;
import nl.perspectief.training.session.api.RequestEnrolmentCommand;

/**
 * Enrolling on the public door, for the API and the page alike: the session must be a professionals' session whose
 * days are not over (else 404); a filled-in honeypot gets a plausible answer and nothing is stored; the fields are
 * checked (every bad one named); an {@code Idempotency-Key} makes a retry safe; the participant is a new data subject,
 * and the person key keeps one person to one enrolment per session. The session itself decides between a place and
 * the waiting list. Logs ids, statuses and rule names only.
 */
@Component
class PublicEnrolments {

    static final String ENDPOINT = "enrolment";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x20-\\x7E]{1,255}");
    private static final Logger log = LoggerFactory.getLogger(PublicEnrolments.class);

    private final PublicSessions sessions;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Validator validator;
    private final Honeypot honeypot;
    private final PersonKeys personKeys;
    private final EnrolmentRequestKeys requestKeys;
    private final EnrolmentLanguages languages;
    private final Clock clock;

    PublicEnrolments(PublicSessions sessions, CommandGateway commands, QueryGateway queries, Validator validator,
                     Honeypot honeypot, PersonKeys personKeys, EnrolmentRequestKeys requestKeys,
                     EnrolmentLanguages languages, Clock clock) {
        this.sessions = sessions;
        this.commands = commands;
        this.queries = queries;
        this.validator = validator;
        this.honeypot = honeypot;
        this.personKeys = personKeys;
        this.requestKeys = requestKeys;
        this.languages = languages;
        this.clock = clock;
    }

    /**
     * @param request       as bound; {@code bindingProblems} what could not be bound (unknown fields, wrong types)
     * @param idempotencyKey null when none was given
     * @param language      the page's language or the API call's, for the mails
     * @throws SessionNotPublicException  not a professionals' session whose days are ahead
     * @throws InvalidEnrolmentException  a field breaks a rule
     * @throws IdempotencyKeyReusedException the key was used for another request
     * @throws TrainingRuleException      the session refused it (already enrolled, enrolment closed, cancelled)
     */
    EnrolmentAnswer enrol(UUID sessionId, EnrolmentRequest typed, List<FieldProblem> bindingProblems,
                          String idempotencyKey, Locale language) {
        EnrolmentRequest request = typed.stripped();
        PublicSession session = sessions.session(sessionId).orElseThrow(SessionNotPublicException::new);
        if (honeypot.caught(ENDPOINT, request.website())) {
            return plausible(session);
        }
        List<FieldProblem> problems = new ArrayList<>(bindingProblems);
        problems.addAll(check(request, idempotencyKey));
        if (!problems.isEmpty()) {
            log.info("Enrolment in session {} refused: {}", sessionId, problems.stream()
                    .map(problem -> problem.field() + " " + problem.rule()).toList());
            throw new InvalidEnrolmentException(problems);
        }
        UUID enrolmentId = UUID.randomUUID();
        EnrolmentRequestKeys.Claim claim = null;
        if (idempotencyKey != null) {
            claim = requestKeys.claim(idempotencyKey, personKeys.hmacOf("idempotency", sessionId + "\n" + canonical(request)),
                    enrolmentId);
            if (claim.answer() != null) {
                log.info("Enrolment {} asked again with its idempotency key; answered as before", claim.enrolmentId());
                return claim.answer();
            }
            enrolmentId = claim.enrolmentId();
        }
        languages.record(enrolmentId, language);
        try {
            commands.sendAndWait(new RequestEnrolmentCommand(sessionId, enrolmentId, UUID.randomUUID(),
                    participantOf(request), personKeys.ofEmail(request.email()), EnrolledBy.self(), clock.instant()));
        } catch (TrainingRuleException refused) {
            if (claim != null) {
                requestKeys.release(idempotencyKey);
            }
            languages.forget(enrolmentId);
            log.info("Enrolment in session {} refused by rule {}", sessionId, refused.rule());
            throw refused;
        }
        EnrolmentView enrolment = enrolment(enrolmentId).orElseThrow(() ->
                new IllegalStateException("an enrolment just requested is not in the read model"));
        EnrolmentAnswer answer = new EnrolmentAnswer(enrolmentId, enrolment.status(),
                enrolment.status() == EnrolmentStatus.WAITING ? enrolment.waitingPosition() : null);
        if (claim != null) {
            answer = requestKeys.answered(idempotencyKey, answer);
        }
        log.info("Enrolment {} in session {}: {}{}", enrolmentId, sessionId, answer.status(),
                answer.waitingPosition() == null ? "" : " at position " + answer.waitingPosition());
        return answer;
    }

    Optional<EnrolmentView> enrolment(UUID enrolmentId) {
        return queries.query(new FindEnrolmentQuery(enrolmentId), ResponseTypes.optionalInstanceOf(EnrolmentView.class))
                .join();
    }

    private List<FieldProblem> check(EnrolmentRequest request, String idempotencyKey) {
        List<FieldProblem> problems = new ArrayList<>();
        validator.validate(request).stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .forEach(violation -> problems.add(new FieldProblem(violation.getPropertyPath().toString(),
                        ruleOf(violation), violation.getMessage())));
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("name", request.name());
        texts.put("email", request.email());
        texts.put("phone", request.phone());
        texts.put("organisation", request.organisation());
        texts.put("professionalRegistrationNumber", request.professionalRegistrationNumber());
        texts.forEach((field, text) -> {
            // the API's JSON is refused with them already; a form's fields are checked here
            if (text != null && text.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
                problems.add(new FieldProblem(field, "ControlCharacter", "must not hold control characters"));
            }
        });
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
            problems.add(new FieldProblem(IDEMPOTENCY_KEY, "IdempotencyKey", "must be 1 to 255 printable ASCII characters"));
        }
        return problems;
    }

    private static String ruleOf(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    private static Participant participantOf(EnrolmentRequest request) {
        return new Participant(request.name().strip(), request.email().strip(), EnrolmentRequest.orNull(request.phone()),
                request.organisation().strip(), EnrolmentRequest.orNull(request.professionalRegistrationNumber()));
    }

    /** The request as it means something: white space around a value and an empty optional field change nothing. */
    private static String canonical(EnrolmentRequest request) {
        return String.join("\n", PersonKeys.normalised(request.name()), PersonKeys.normalised(request.email()),
                PersonKeys.normalised(request.phone()), PersonKeys.normalised(request.organisation()),
                PersonKeys.normalised(request.professionalRegistrationNumber()),
                String.valueOf(request.privacyStatementAccepted()));
    }

    /** What a person would be told: a place while there is one, else the end of the waiting list. Refers to nothing. */
    private static EnrolmentAnswer plausible(PublicSession session) {
        return session.waitingList()
                ? new EnrolmentAnswer(UUID.randomUUID(), EnrolmentStatus.WAITING, session.waiting() + 1)
                : new EnrolmentAnswer(UUID.randomUUID(), EnrolmentStatus.CONFIRMED, null);
    }
}
