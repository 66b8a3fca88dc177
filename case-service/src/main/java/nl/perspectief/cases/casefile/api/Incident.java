package nl.perspectief.cases.casefile.api;

import nl.perspectief.events.intake.v1.CriminalProceedings;
import nl.perspectief.events.intake.v1.IncidentCategory;

/**
 * What happened, in the terms triage decides scope on.
 *
 * @param approximateDate as precise as the applicant knows it: {@code 2015}, {@code 2015-09} or {@code 2015-09-14}
 */
public record Incident(
        IncidentCategory category,
        String approximateDate,
        boolean policeReportFiled,
        CriminalProceedings criminalProceedings) {
}
