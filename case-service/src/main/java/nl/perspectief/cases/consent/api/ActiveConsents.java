package nl.perspectief.cases.consent.api;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import nl.perspectief.cases.casefile.api.Consent;

/** The consents that hold at this moment, as every contact step asks them before it is taken. */
public interface ActiveConsents {

    boolean isActive(Consent consent);

    /**
     * Refuses the step, naming every consent it needs that is not active now.
     *
     * @param refusal the step's own rule, made from the case id and the missing consents
     */
    default void requireActive(UUID caseId, List<Consent> needed,
                               BiFunction<UUID, List<Consent>, ? extends ConsentNotActiveException> refusal) {
        List<Consent> missing = needed.stream().filter(consent -> consent != null && !isActive(consent)).toList();
        if (!missing.isEmpty()) {
            throw refusal.apply(caseId, missing);
        }
    }
}
