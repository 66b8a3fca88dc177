package nl.perspectief.cases.casefile.web;

import java.util.UUID;

public class CaseNotFoundException extends RuntimeException {

    private final UUID caseId;

    public CaseNotFoundException(UUID caseId) {
        super("No case " + caseId);
        this.caseId = caseId;
    }

    UUID caseId() {
        return caseId;
    }
}
