package nl.perspectief.cases.casefile.api;

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
