package nl.perspectief.intake.registration.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

import nl.perspectief.intake.registration.command.ApproximateDate;
import nl.perspectief.intake.registration.web.RegistrationRequest.ApplicantRequest;
import nl.perspectief.intake.registration.web.RegistrationRequest.OtherPartyRequest;
import nl.perspectief.problems.FieldProblem;

/**
 * Every rule a registration request must meet, checked all at once so that the answer names every
 * bad field: Bean Validation for single fields, then the rules that span fields. The aggregate checks
 * the cross-field rules again; this is where the submitter learns about all of them together.
 */
@Component
class RegistrationRequestRules {

    static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x20-\\x7E]{1,255}");

    private final Validator validator;
    private final Clock clock;

    RegistrationRequestRules(Validator validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * What could not be bound, then what breaks a rule, one answer per field: a field that could not be
     * bound was left empty, and "is required" would only repeat that.
     */
    static List<FieldProblem> merge(List<FieldProblem> unbound, List<FieldProblem> broken) {
        List<FieldProblem> problems = new ArrayList<>(unbound);
        broken.stream()
                .filter(problem -> unbound.stream().noneMatch(u -> u.field().equals(problem.field())))
                .forEach(problems::add);
        problems.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::rule));
        return List.copyOf(problems);
    }

    List<FieldProblem> check(RegistrationRequest request, String idempotencyKey) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<RegistrationRequest> violation : validator.validate(request)) {
            problems.add(new FieldProblem(violation.getPropertyPath().toString(), ruleOf(violation), violation.getMessage()));
        }
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            problems.add(new FieldProblem(IDEMPOTENCY_KEY_HEADER, "IdempotencyKey",
                    "must be 1 to 255 printable ASCII characters"));
        }
        if (request.applicant() != null) {
            checkReachable(request.applicant(), problems);
        }
        if (request.otherParty() != null) {
            checkOtherParty(request.otherParty(), problems);
        }
        if (request.incident() != null && request.incident().approximateDate() != null) {
            checkApproximateDate(request.incident().approximateDate(), problems);
        }
        problems.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::rule));
        return List.copyOf(problems);
    }

    private static void checkReachable(ApplicantRequest applicant, List<FieldProblem> problems) {
        boolean email = present(applicant.email());
        boolean phone = present(applicant.phone());
        boolean post = applicant.postalAddress() != null;
        if (!email && !phone && !post) {
            problems.add(new FieldProblem("applicant", "ApplicantUnreachable",
                    "at least one way to reach the applicant is needed: email, phone or postalAddress"));
        }
        if (applicant.preferredChannel() == null) {
            return;
        }
        switch (applicant.preferredChannel()) {
            case EMAIL -> requireForChannel(email, "applicant.email", "EMAIL", problems);
            case PHONE -> requireForChannel(phone, "applicant.phone", "PHONE", problems);
            case POST -> requireForChannel(post, "applicant.postalAddress", "POST", problems);
        }
    }

    private static void requireForChannel(boolean present, String field, String channel, List<FieldProblem> problems) {
        if (!present) {
            problems.add(new FieldProblem(field, "PreferredChannelWithoutContactDetail",
                    "is required because the preferred channel is " + channel));
        }
    }

    private static void checkOtherParty(OtherPartyRequest otherParty, List<FieldProblem> problems) {
        if (otherParty.known() == null) {
            return;
        }
        if (otherParty.known() && !present(otherParty.fullName()) && !present(otherParty.relationship())) {
            problems.add(new FieldProblem("otherParty", "KnownOtherPartyWithoutDetails",
                    "a known other party needs a fullName or a relationship"));
        }
        if (!otherParty.known() && present(otherParty.fullName())) {
            problems.add(new FieldProblem("otherParty.fullName", "UnknownOtherPartyWithName",
                    "must be empty when the other party is not known"));
        }
    }

    private void checkApproximateDate(String approximateDate, List<FieldProblem> problems) {
        Optional<LocalDate> earliest = ApproximateDate.earliestDayOf(approximateDate);
        if (earliest.isEmpty()) {
            problems.add(new FieldProblem("incident.approximateDate", "ApproximateDate",
                    "must be YYYY, YYYY-MM or YYYY-MM-DD and a real date"));
        } else if (earliest.get().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("incident.approximateDate", "NotInTheFuture", "must not lie in the future"));
        }
    }

    private static String ruleOf(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
