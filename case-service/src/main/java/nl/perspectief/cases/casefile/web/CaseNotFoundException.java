package nl.perspectief.cases.casefile.web;

import java.util.UUID;

class CaseNotFoundException extends RuntimeException {

    private final UUID caseId;

    CaseNotFoundException(UUID caseId) {
        super("No case " + caseId);
        this.caseId = caseId;
    }

    UUID caseId() {
        return caseId;
    }
}
