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
import java.util.function.Supplier;
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
import nl.perspectief.training.enrolment.contact.ReferralLinks;
import nl.perspectief.training.participant.PersonKeys;
import nl.perspectief.training.session.api.EnrolledBy;
import nl.perspectief.training.session.api.EnrolmentStatus;
import nl.perspectief.training.session.api.EnrolmentView;
import nl.perspectief.training.session.api.FindEnrolmentQuery;
import nl.perspectief.training.session.api.Participant;
import nl.perspectief.training.session.api.ReferringProfessional;
import nl.perspectief.training.session.api.RequestEnrolmentCommand;

/**
 * Enrolling on the public doors, for the API and the pages alike: a professional in a professionals' session of the
 * calendar, or a professional enrolling a perpetrator through a trainer's referral link. The session must be one whose
 * days are not over (else 404); a filled-in honeypot gets a plausible answer and nothing is stored; the fields are
 * checked (every bad one named); an {@code Idempotency-Key} makes a retry safe; the participant is a new data subject,
 * and the person key keeps one person to one enrolment per session. The session itself decides between a place and
 * the waiting list. Logs ids, statuses and rule names only.
 */
@Component
class PublicEnrolments {

    static final String ENDPOINT = "enrolment";
    static final String REFERRAL_ENDPOINT = "referral";
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
    private final ReferralLinks referralLinks;
    private final Clock clock;

    PublicEnrolments(PublicSessions sessions, CommandGateway commands, QueryGateway queries, Validator validator,
                     Honeypot honeypot, PersonKeys personKeys, EnrolmentRequestKeys requestKeys,
                     EnrolmentLanguages languages, ReferralLinks referralLinks, Clock clock) {
        this.sessions = sessions;
        this.commands = commands;
        this.queries = queries;
        this.validator = validator;
        this.honeypot = honeypot;
        this.personKeys = personKeys;
        this.requestKeys = requestKeys;
        this.languages = languages;
        this.referralLinks = referralLinks;
        this.clock = clock;
    }

    /**
     * A professional enrolling themselves in a professionals' session.
     *
     * @param typed          as bound; {@code bindingProblems} what could not be bound (unknown fields, wrong types)
     * @param idempotencyKey null when none was given
     * @param language       the page's language or the API call's, for the mails
     * @throws SessionNotPublicException  not a professionals' session whose days are ahead
     * @throws InvalidEnrolmentException  a field breaks a rule
     * @throws IdempotencyKeyReusedException the key was used for another request
     * @throws TrainingRuleException      the session refused it (already enrolled, enrolment closed, cancelled)
     */
    EnrolmentAnswer enrol(UUID sessionId, EnrolmentRequest typed, List<FieldProblem> bindingProblems,
                          String idempotencyKey, Locale language) {
        EnrolmentRequest request = typed.stripped();
        PublicSession session = sessions.session(sessionId).orElseThrow(SessionNotPublicException::new);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("name", request.name());
        texts.put("email", request.email());
        texts.put("phone", request.phone());
        texts.put("organisation", request.organisation());
        texts.put("professionalRegistrationNumber", request.professionalRegistrationNumber());
        return request(new Submission(ENDPOINT, session, "", request, request.website(), texts, () -> canonical(request),
                () -> participantOf(request), () -> personKeys.ofEmail(request.email()), EnrolledBy::self),
                bindingProblems, idempotencyKey, language);
    }

    /**
     * A professional (a probation officer, prison staff) enrolling a perpetrator through a trainer's referral link: the
     * professional is recorded as who enrolled them, a data subject of their own; the perpetrator is known as one
     * person by their address, or without one by their name and the professional's address.
     *
     * @throws ReferralLinkNotFoundException no such link, revoked, or its session is over
     * @see #enrol for the rest, which is the same
     */
    EnrolmentAnswer refer(String token, ReferralRequest typed, List<FieldProblem> bindingProblems,
                          String idempotencyKey, Locale language) {
        ReferralRequest request = typed.stripped();
        Referral referral = referral(token);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("professionalName", request.professionalName());
        texts.put("professionalOrganisation", request.professionalOrganisation());
        texts.put("professionalEmail", request.professionalEmail());
        texts.put("name", request.name());
        texts.put("email", request.email());
        texts.put("phone", request.phone());
        return request(new Submission(REFERRAL_ENDPOINT, referral.session(), " through referral link "
                        + referral.link().linkId(), request, request.website(), texts,
                () -> "referral\n" + referral.link().linkId() + "\n" + canonical(request),
                () -> participantOf(request), () -> personKeys.of(participantOf(request), professionalOf(request)),
                () -> EnrolledBy.professional(UUID.randomUUID(), professionalOf(request))),
                bindingProblems, idempotencyKey, language);
    }

    /** The link a token opens and the perpetrators' session it is for, whose days are ahead. */
    Referral referral(String token) {
        ReferralLinks.ReferralLink link = referralLinks.opened(token).orElseThrow(ReferralLinkNotFoundException::new);
        return new Referral(link, sessions.referred(link.sessionId()).orElseThrow(ReferralLinkNotFoundException::new));
    }

    record Referral(ReferralLinks.ReferralLink link, PublicSession session) {
    }

    /**
     * One door's request, the rest the same for both: the honeypot, the fields, the idempotency key, the session's
     * answer. What needs valid fields is asked for only once they are checked.
     *
     * @param endpoint the honeypot's counter's name
     * @param via      how the log names the door ("" for the calendar's)
     * @param texts    the typed fields by name, checked for control characters (a form's; the API's JSON is refused
     *                 with them already)
     */
    private record Submission(String endpoint, PublicSession session, String via, Object request, String honeypot,
                              Map<String, String> texts, Supplier<String> canonical, Supplier<Participant> participant,
                              Supplier<String> personKey, Supplier<EnrolledBy> enrolledBy) {
    }

    private EnrolmentAnswer request(Submission submission, List<FieldProblem> bindingProblems, String idempotencyKey,
                                    Locale language) {
        UUID sessionId = submission.session().sessionId();
        if (honeypot.caught(submission.endpoint(), submission.honeypot())) {
            return plausible(submission.session());
        }
        List<FieldProblem> problems = new ArrayList<>(bindingProblems);
        problems.addAll(check(submission.request(), submission.texts(), idempotencyKey));
        if (!problems.isEmpty()) {
            log.info("Enrolment in session {}{} refused: {}", sessionId, submission.via(), problems.stream()
                    .map(problem -> problem.field() + " " + problem.rule()).toList());
            throw new InvalidEnrolmentException(problems);
        }
        UUID enrolmentId = UUID.randomUUID();
        EnrolmentRequestKeys.Claim claim = null;
        if (idempotencyKey != null) {
            claim = requestKeys.claim(idempotencyKey,
                    personKeys.hmacOf("idempotency", sessionId + "\n" + submission.canonical().get()), enrolmentId);
            if (claim.answer() != null) {
                log.info("Enrolment {} asked again with its idempotency key; answered as before", claim.enrolmentId());
                return claim.answer();
            }
            enrolmentId = claim.enrolmentId();
        }
        languages.record(enrolmentId, language);
        try {
            commands.sendAndWait(new RequestEnrolmentCommand(sessionId, enrolmentId, UUID.randomUUID(),
                    submission.participant().get(), submission.personKey().get(), submission.enrolledBy().get(),
                    clock.instant()));
        } catch (TrainingRuleException refused) {
            if (claim != null) {
                requestKeys.release(idempotencyKey);
            }
            languages.forget(enrolmentId);
            log.info("Enrolment in session {}{} refused by rule {}", sessionId, submission.via(), refused.rule());
            throw refused;
        }
        EnrolmentView enrolment = enrolment(enrolmentId).orElseThrow(() ->
                new IllegalStateException("an enrolment just requested is not in the read model"));
        EnrolmentAnswer answer = new EnrolmentAnswer(enrolmentId, enrolment.status(),
                enrolment.status() == EnrolmentStatus.WAITING ? enrolment.waitingPosition() : null);
        if (claim != null) {
            answer = requestKeys.answered(idempotencyKey, answer);
        }
        log.info("Enrolment {} in session {}{}: {}{}", enrolmentId, sessionId, submission.via(), answer.status(),
                answer.waitingPosition() == null ? "" : " at position " + answer.waitingPosition());
        return answer;
    }

    Optional<EnrolmentView> enrolment(UUID enrolmentId) {
        return queries.query(new FindEnrolmentQuery(enrolmentId), ResponseTypes.optionalInstanceOf(EnrolmentView.class))
                .join();
    }

    private List<FieldProblem> check(Object request, Map<String, String> texts, String idempotencyKey) {
        List<FieldProblem> problems = new ArrayList<>();
        validator.validate(request).stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .forEach(violation -> problems.add(new FieldProblem(violation.getPropertyPath().toString(),
                        ruleOf(violation), violation.getMessage())));
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

    /** A perpetrator has no organisation or registration number of their own here. */
    private static Participant participantOf(ReferralRequest request) {
        return new Participant(request.name().strip(), EnrolmentRequest.orNull(request.email()),
                EnrolmentRequest.orNull(request.phone()), null, null);
    }

    private static ReferringProfessional professionalOf(ReferralRequest request) {
        return new ReferringProfessional(request.professionalName().strip(), request.professionalOrganisation().strip(),
                request.professionalEmail().strip());
    }

    /** The request as it means something: white space around a value and an empty optional field change nothing. */
    private static String canonical(EnrolmentRequest request) {
        return String.join("\n", PersonKeys.normalised(request.name()), PersonKeys.normalised(request.email()),
                PersonKeys.normalised(request.phone()), PersonKeys.normalised(request.organisation()),
                PersonKeys.normalised(request.professionalRegistrationNumber()),
                String.valueOf(request.privacyStatementAccepted()));
    }

    private static String canonical(ReferralRequest request) {
        return String.join("\n", PersonKeys.normalised(request.professionalName()),
                PersonKeys.normalised(request.professionalOrganisation()),
                PersonKeys.normalised(request.professionalEmail()), PersonKeys.normalised(request.name()),
                PersonKeys.normalised(request.email()), PersonKeys.normalised(request.phone()),
                String.valueOf(request.privacyStatementAccepted()));
    }

    /** What a person would be told: a place while there is one, else the end of the waiting list. Refers to nothing. */
    private static EnrolmentAnswer plausible(PublicSession session) {
        return session.waitingList()
                ? new EnrolmentAnswer(UUID.randomUUID(), EnrolmentStatus.WAITING, session.waiting() + 1)
                : new EnrolmentAnswer(UUID.randomUUID(), EnrolmentStatus.CONFIRMED, null);
    }
}
