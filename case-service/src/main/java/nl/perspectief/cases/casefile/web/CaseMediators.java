package nl.perspectief.cases.casefile.web;

import java.util.Optional;
import java.util.UUID;

/** Who runs a case now, from the case's own history: what decides whether a mediator may send it a step. */
public interface CaseMediators {

    /** @return empty when there is no such case; a case without a mediator yet has a {@code null} one */
    Optional<Assignment> of(UUID caseId);

    record Assignment(String mediatorId) {
    }
}
