package nl.perspectief.cases.consent.api;

import nl.perspectief.cases.casefile.api.CaseRuleException;
import java.util.List;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.Consent;

/**
 * A contact step needs consents that are not active at this moment (voluntary and confidential,
 * DOMAIN.md). Each rule has its own subclass; all name the consents that are missing, so the mediator
 * knows whom to ask for what.
 */
public abstract class ConsentNotActiveException extends CaseRuleException {

    private final transient List<Consent> missing;

    protected ConsentNotActiveException(UUID caseId, String step, List<Consent> missing) {
        super("Case " + caseId + ": " + step + " needs consents that are not active: " + describe(missing));
        this.missing = List.copyOf(missing);
    }

    /** The consents that must be recorded first. */
    public List<Consent> missing() {
        return missing;
    }

    private static String describe(List<Consent> consents) {
        return consents.stream()
                .map(c -> c.purpose() + (c.form() == null ? "" : "(" + c.form() + ")")
                        + (c.recipient() == null ? "" : "(" + c.recipient() + ")") + " of party " + c.partyId())
                .toList()
                .toString();
    }
}
