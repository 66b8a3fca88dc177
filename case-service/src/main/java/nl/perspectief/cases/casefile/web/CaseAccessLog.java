package nl.perspectief.cases.casefile.web;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One line per read of case data, on its own logger so it can be routed and kept apart. Ids and
 * outcomes only, never personal data. A later issue makes it a tamper-evident table.
 */
@Component
class CaseAccessLog {

    enum Outcome { FOUND, NOT_FOUND, REJECTED }

    private static final Logger log = LoggerFactory.getLogger("perspectief.access");

    void read(String endpoint, UUID caseId, Outcome outcome) {
        log.info("case-read caseId={} endpoint=\"{}\" outcome={}", caseId == null ? "-" : caseId, endpoint, outcome);
    }
}
