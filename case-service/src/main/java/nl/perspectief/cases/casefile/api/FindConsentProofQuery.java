package nl.perspectief.cases.casefile.api;

import java.util.UUID;

/**
 * The consent proof of every contact step of a case; answered with {@code Optional<ConsentProofView>}, empty for no
 * such case.
 */
public record FindConsentProofQuery(UUID caseId) {
}
