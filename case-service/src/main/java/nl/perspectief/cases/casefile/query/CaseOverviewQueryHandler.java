package nl.perspectief.cases.casefile.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import nl.perspectief.cases.casefile.api.Applicant;
import nl.perspectief.cases.casefile.api.CaseDetailView;
import nl.perspectief.cases.casefile.api.CaseListView;
import nl.perspectief.cases.casefile.api.CaseStatusView;
import nl.perspectief.cases.casefile.api.CaseView;
import nl.perspectief.cases.casefile.api.ContactDetails;
import nl.perspectief.cases.casefile.api.FindCaseByRegistrationReferenceQuery;
import nl.perspectief.cases.casefile.api.FindCaseDetailQuery;
import nl.perspectief.cases.casefile.api.FindCaseQuery;
import nl.perspectief.cases.casefile.api.FindCaseStatusQuery;
import nl.perspectief.cases.casefile.api.FindCasesQuery;
import nl.perspectief.cases.casefile.api.Incident;
import nl.perspectief.cases.casefile.api.NextStep;
import nl.perspectief.cases.casefile.api.OtherParty;
import nl.perspectief.cases.casefile.api.PostalAddress;
import nl.perspectief.cases.casefile.api.Referrer;
import nl.perspectief.cases.casefile.api.Story;
import nl.perspectief.cases.casefile.api.IncidentCategory;

/** Answers case queries from {@code case_overview}, decrypting the personal part on the way. */
@Component
class CaseOverviewQueryHandler {

    /** Follow-up deadlines are days on the organisation's calendar. */
    static final ZoneId CALENDAR = ZoneId.of("Europe/Amsterdam");

    private final CaseOverviewRepository overview;
    private final Clock clock;

    CaseOverviewQueryHandler(CaseOverviewRepository overview, Clock clock) {
        this.overview = overview;
        this.clock = clock;
    }

    @QueryHandler
    Optional<CaseView> handle(FindCaseQuery query) {
        return overview.findByCaseId(query.caseId()).map(CaseOverviewQueryHandler::toView);
    }

    @QueryHandler
    Optional<CaseView> handle(FindCaseByRegistrationReferenceQuery query) {
        return overview.findByRegistrationReference(query.registrationReference()).map(CaseOverviewQueryHandler::toView);
    }

    @QueryHandler
    Optional<CaseStatusView> handle(FindCaseStatusQuery query) {
        return overview.findStatus(query.caseId());
    }

    @QueryHandler
    Optional<CaseDetailView> handle(FindCaseDetailQuery query) {
        return overview.findByCaseId(query.caseId()).map(CaseOverviewQueryHandler::toDetailView);
    }

    /** A deadline has passed once its day is over: a party may still answer on the day itself. */
    @QueryHandler
    CaseListView handle(FindCasesQuery query) {
        LocalDate today = LocalDate.now(clock.withZone(CALENDAR));
        CaseOverviewRepository.Page page = overview.search(query.status(), query.onlyStatuses(), query.mediatorId(),
                query.category(), query.waiting() ? today : null, query.page(), query.size());
        List<CaseListView.Item> items = page.rows().stream()
                .map(row -> new CaseListView.Item(row.caseId(), row.registrationReference(), row.status(),
                        row.mediatorId(), IncidentCategory.valueOf(row.incidentCategory()), row.openedAt(),
                        row.lastActivityAt(), row.followUpBy(),
                        row.followUpBy() != null && row.followUpBy().isBefore(today), row.version()))
                .toList();
        return new CaseListView(items, query.page(), query.size(), page.total());
    }

    private static CaseView toView(CaseOverviewRow row) {
        CaseDetailsDocument details = row.details();
        return new CaseView(row.caseId(), row.registrationId(), row.registrationReference(), row.status(),
                row.openedAt(), details.source(), details.submittedAt(), toView(details.applicant()),
                toView(details.otherParty()), toView(details.incident()), textOf(details.story()),
                toView(details.referrer()));
    }

    private static CaseDetailView toDetailView(CaseOverviewRow row) {
        CaseView view = toView(row);
        CaseFile file = row.details().file();
        NextStep nextStep = file.nextStep();
        return new CaseDetailView(view.caseId(), view.registrationId(), view.registrationReference(), view.status(),
                view.openedAt(), view.source(), view.submittedAt(), view.applicant(), view.otherParty(),
                view.incident(), view.story(), view.referrer(),
                row.mediatorId(), row.version(), row.lastActivityAt(),
                file.parties.values().stream().map(CaseOverviewQueryHandler::toView).toList(),
                List.copyOf(file.activeConsents.values()),
                new CaseDetailView.FormOfContact(file.proposedForm, file.agreedForm),
                file.meetings.values().stream().map(CaseOverviewQueryHandler::toView).toList(),
                new CaseDetailView.MessageExchange(file.exchange, file.exchangeApplicantId, file.exchangeOtherPartyId),
                List.copyOf(file.links),
                file.outcome,
                List.copyOf(file.outcomeShares),
                new CaseDetailView.NextStepView(nextStep, nextStep.text()));
    }

    private static CaseDetailView.Party toView(PartyEntry party) {
        ContactDetails contact = party.contactDetails();
        return new CaseDetailView.Party(party.partyId(), party.role(), party.side(), party.representedPartyId(),
                party.fullName(), contact == null ? null : contact.email(), contact == null ? null : contact.phone(),
                contact == null ? null : toView(contact.postalAddress()), party.safetyNotes(),
                party.preferredLanguage(), party.approached(), party.response(), party.followUpBy());
    }

    private static CaseDetailView.Meeting toView(MeetingEntry meeting) {
        return new CaseDetailView.Meeting(meeting.meetingId(), meeting.form(), meeting.scheduledFor(),
                meeting.location(), meeting.address(), meeting.networkMemberIds(), meeting.state(),
                meeting.cancellationReason());
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
