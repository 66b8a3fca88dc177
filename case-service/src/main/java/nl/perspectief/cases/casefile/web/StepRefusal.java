package nl.perspectief.cases.casefile.web;

import java.util.List;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.CaseDetailView;
import nl.perspectief.problems.FieldProblem;

/**
 * Why a step sent from a page was not taken, shown beside its form: bad input (each field with its rule), a rule of
 * the case (its name, explained in the page's language, and the consents it misses), or a change someone else
 * made meanwhile.
 *
 * @param form the form it was sent from, as the page names it
 */
public record StepRefusal(String form, Kind kind, List<FieldProblem> errors, String rule, List<MissingConsent> missingConsents) {

    enum Kind { INVALID, RULE, CONFLICT }

    /** @param party the party's role in the case, as the page names parties (by role, never by name) */
    public record MissingConsent(UUID partyId, String party, String purpose, String form, String recipient) {
    }

    /** The missing consents' parties named by their role in the case, as the page names parties. */
    public StepRefusal namingParties(List<CaseDetailView.Party> parties) {
        if (parties == null || missingConsents.isEmpty()) {
            return this;
        }
        return new StepRefusal(form, kind, errors, rule, missingConsents.stream()
                .map(m -> new MissingConsent(m.partyId(), parties.stream()
                        .filter(p -> p.partyId().equals(m.partyId())).findFirst()
                        .map(p -> p.role().name()).orElse(m.party()), m.purpose(), m.form(), m.recipient()))
                .toList());
    }

    public static StepRefusal invalid(String form, List<FieldProblem> errors) {
        return new StepRefusal(form, Kind.INVALID, errors, null, List.of());
    }

    public static StepRefusal rule(String form, String rule, List<MissingConsent> missing) {
        return new StepRefusal(form, Kind.RULE, List.of(), rule, missing);
    }

    public static StepRefusal conflict(String form) {
        return new StepRefusal(form, Kind.CONFLICT, List.of(), null, List.of());
    }

    /** "withdrawal:&lt;consent id&gt;" is a withdrawal: the kind names the step in messages. */
    public static String kindOf(String form) {
        int colon = form.indexOf(':');
        return colon < 0 ? form : form.substring(0, colon);
    }
}
