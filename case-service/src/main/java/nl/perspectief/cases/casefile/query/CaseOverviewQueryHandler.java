package nl.perspectief.cases.casefile.query;

import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import nl.perspectief.cases.casefile.api.Applicant;
import nl.perspectief.cases.casefile.api.CaseView;
import nl.perspectief.cases.casefile.api.FindCaseByRegistrationReferenceQuery;
import nl.perspectief.cases.casefile.api.FindCaseQuery;
import nl.perspectief.cases.casefile.api.Incident;
import nl.perspectief.cases.casefile.api.OtherParty;
import nl.perspectief.cases.casefile.api.PostalAddress;
import nl.perspectief.cases.casefile.api.Referrer;
import nl.perspectief.cases.casefile.api.Story;

/** Answers case queries from {@code case_overview}, decrypting the personal part on the way. */
@Component
class CaseOverviewQueryHandler {

    private final CaseOverviewRepository overview;

    CaseOverviewQueryHandler(CaseOverviewRepository overview) {
        this.overview = overview;
    }

    @QueryHandler
    Optional<CaseView> handle(FindCaseQuery query) {
        return overview.findByCaseId(query.caseId()).map(CaseOverviewQueryHandler::toView);
    }

    @QueryHandler
    Optional<CaseView> handle(FindCaseByRegistrationReferenceQuery query) {
        return overview.findByRegistrationReference(query.registrationReference()).map(CaseOverviewQueryHandler::toView);
    }

    private static CaseView toView(CaseOverviewRow row) {
        CaseDetailsDocument details = row.details();
        return new CaseView(row.caseId(), row.registrationId(), row.registrationReference(), row.status(),
                row.openedAt(), details.source(), details.submittedAt(), toView(details.applicant()),
                toView(details.otherParty()), toView(details.incident()), textOf(details.story()),
                toView(details.referrer()));
    }

    private static CaseView.Applicant toView(Applicant applicant) {
        return new CaseView.Applicant(applicant.subjectId(), applicant.role(), applicant.fullName(),
                applicant.email(), applicant.phone(), toView(applicant.postalAddress()),
                applicant.preferredChannel(), applicant.safeToLeaveMessages(), applicant.minor());
    }

    private static CaseView.PostalAddress toView(PostalAddress address) {
        return address == null ? null
                : new CaseView.PostalAddress(address.street(), address.postalCode(), address.city(), address.country());
    }

    private static CaseView.OtherParty toView(OtherParty otherParty) {
        return otherParty == null ? null
                : new CaseView.OtherParty(otherParty.subjectId(), otherParty.known(), otherParty.fullName(),
                otherParty.relationship());
    }

    private static CaseView.Incident toView(Incident incident) {
        return new CaseView.Incident(incident.category(), incident.approximateDate(), incident.policeReportFiled(),
                incident.criminalProceedings());
    }

    private static CaseView.Referrer toView(Referrer referrer) {
        return referrer == null ? null
                : new CaseView.Referrer(referrer.subjectId(), referrer.organisation(), referrer.fullName(),
                referrer.email(), referrer.phone());
    }

    private static String textOf(Story story) {
        return story == null ? null : story.text();
    }
}
