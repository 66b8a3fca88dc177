package nl.perspectief.cases.steps;

import nl.perspectief.cases.casefile.web.CaseController;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import nl.perspectief.cases.triage.api.AcceptCaseCommand;
import nl.perspectief.cases.notes.api.AddCaseNoteCommand;
import nl.perspectief.cases.parties.api.AddPartyCommand;
import nl.perspectief.cases.contact.api.AgreeFormOfContactCommand;
import nl.perspectief.cases.casefile.api.Applicant;
import nl.perspectief.cases.triage.api.AssignMediatorCommand;
import nl.perspectief.cases.contact.api.CancelMeetingCommand;
import nl.perspectief.cases.closure.api.CloseCaseCommand;
import nl.perspectief.cases.contact.api.CloseMessageExchangeCommand;
import nl.perspectief.cases.casefile.api.ContactDetails;
import nl.perspectief.cases.triage.api.DeclineCaseCommand;
import nl.perspectief.cases.casefile.api.Incident;
import nl.perspectief.cases.triage.api.LinkCaseCommand;
import nl.perspectief.cases.opening.api.OpenCaseByDeskCommand;
import nl.perspectief.cases.contact.api.OpenMessageExchangeCommand;
import nl.perspectief.cases.casefile.api.OtherParty;
import nl.perspectief.cases.casefile.api.PostalAddress;
import nl.perspectief.cases.contact.api.ProposeFormOfContactCommand;
import nl.perspectief.cases.closure.api.RecordAftercareContactCommand;
import nl.perspectief.cases.consent.api.RecordConsentCommand;
import nl.perspectief.cases.contact.api.RecordContactAttemptCommand;
import nl.perspectief.cases.parties.api.RecordFirstConversationCommand;
import nl.perspectief.cases.contact.api.RecordMeetingHeldCommand;
import nl.perspectief.cases.contact.api.RecordPartyResponseCommand;
import nl.perspectief.cases.parties.api.RecordPreparationTalkCommand;
import nl.perspectief.cases.parties.api.RecordSafetyNotesCommand;
import nl.perspectief.cases.casefile.api.Referrer;
import nl.perspectief.cases.closure.api.ReopenCaseCommand;
import nl.perspectief.cases.contact.api.RescheduleMeetingCommand;
import nl.perspectief.cases.contact.api.ResumeMessageExchangeCommand;
import nl.perspectief.cases.contact.api.ScheduleMeetingCommand;
import nl.perspectief.cases.parties.api.SetPreferredLanguageCommand;
import nl.perspectief.cases.contact.api.ShareApplicantNameCommand;
import nl.perspectief.cases.closure.api.ShareOutcomeCommand;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.casefile.api.Story;
import nl.perspectief.cases.parties.api.UpdatePartyContactDetailsCommand;
import nl.perspectief.cases.consent.api.WithdrawConsentCommand;
import nl.perspectief.cases.steps.CaseCommandRequests.AddPartyRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.AftercareContactRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.ApplicantRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.AssignMediatorRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.CancelMeetingRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.ClosureRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.ConsentRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.ContactAttemptRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.ContactDetailsRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.ContactDetailsUpdateRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.DeclineRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.FirstConversationRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.FormOfContactRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.LanguageRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.LinkRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.MeetingRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.NoteRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.OpenCaseRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.OutcomeShareRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.PartyResponseRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.PostalAddressRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.PreparationTalkRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.ReferrerRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.ReopenRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.RescheduleRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.SafetyNotesRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.WithdrawalRequest;
import nl.perspectief.cases.config.CaseServiceProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * The steps of a case as JSON commands: {@code POST /api/cases} opens one at the desk, every other step
 * is a {@code POST} below the case and needs {@code If-Match} with the version the client last saw.
 * Answers carry the new version as {@code ETag}; refusals are {@link CaseCommandProblems}' work.
 */
@RestController
@RequestMapping(CaseController.CASES)
class CaseCommandController {

    static final String CREATED_CASE = CaseCommandController.class.getName() + ".createdCase";
    /** The calendar the organisation's days are counted on, as the waiting list counts them. */
    private static final ZoneId CALENDAR = ZoneId.of("Europe/Amsterdam");
    private static final JsonMapper REQUEST_JSON = JsonMapper.builder().build();

    private final CaseCommandSender sender;
    private final Clock clock;
    private final Period followUpAfter;

    CaseCommandController(CaseCommandSender sender, Clock clock, CaseServiceProperties properties) {
        this.sender = sender;
        this.clock = clock;
        this.followUpAfter = properties.contactAttempts().followUpAfter();
    }

    // ---- opening, by the desk

    @Operation(summary = "Open a case at the desk", description = "From a phone call or an e-mail.")
    @ApiResponse(responseCode = "201", description = "Opened (or, for a repeated Idempotency-Key with the same body, "
            + "opened before)", headers = {@Header(name = "Location", description = "/api/cases/{caseId}"),
            @Header(name = "ETag", description = "The case's version, for the next step's If-Match")})
    @PostMapping
    ResponseEntity<CaseCommandAnswer> open(StaffMember by, IdempotencyKey key, @Valid @RequestBody OpenCaseRequest body,
                                           HttpServletRequest request) {
        UUID caseId = UUID.randomUUID();
        UUID applicantId = UUID.randomUUID();
        UUID otherPartyId = body.otherParty() == null ? null : UUID.randomUUID();
        request.setAttribute(CREATED_CASE, caseId);
        OpenCaseByDeskCommand command = new OpenCaseByDeskCommand(caseId, body.source().source(), body.receivedAt(),
                clock.instant(), applicant(applicantId, body.applicant()), otherParty(otherPartyId, body),
                incident(body), story(applicantId, body.story()), referrer(body.referrer()), by,
                key.value(), key.value() == null ? null : sha256Of(body));
        CaseCommandAnswer answer = sender.open(request, command);
        return ResponseEntity.created(URI.create(CaseController.CASES + "/" + answer.caseId()))
                .eTag(ExpectedVersion.etagOf(answer.version()))
                .body(answer);
    }

    // ---- triage, by the desk

    @Operation(summary = "Accept the case (triage)")
    @PostMapping("/{caseId}/accept")
    ResponseEntity<CaseCommandAnswer> accept(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
                                             HttpServletRequest request) {
        return answer(request, caseId, version, new AcceptCaseCommand(caseId, version.value(), by, now()));
    }

    @Operation(summary = "Decline the case (triage)")
    @PostMapping("/{caseId}/decline")
    ResponseEntity<CaseCommandAnswer> decline(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
                                              @Valid @RequestBody DeclineRequest body, HttpServletRequest request) {
        return answer(request, caseId, version, new DeclineCaseCommand(caseId, version.value(), body.reason(), by, now()));
    }

    @Operation(summary = "Link the case to another")
    @PostMapping("/{caseId}/link")
    ResponseEntity<CaseCommandAnswer> link(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
                                           @Valid @RequestBody LinkRequest body, HttpServletRequest request) {
        return answer(request, caseId, version,
                new LinkCaseCommand(caseId, version.value(), body.linkedCaseId(), body.linkType(), by, now()));
    }

    @PostMapping("/{caseId}/assign-mediator")
    ResponseEntity<CaseCommandAnswer> assignMediator(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
                                                     @Valid @RequestBody AssignMediatorRequest body,
                                                     HttpServletRequest request) {
        return answer(request, caseId, version,
                new AssignMediatorCommand(caseId, version.value(), body.mediatorId(), by, now()));
    }

    // ---- parties

    @PostMapping("/{caseId}/parties")
    ResponseEntity<CaseCommandAnswer> addParty(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
                                               @Valid @RequestBody AddPartyRequest body, HttpServletRequest request) {
        UUID partyId = UUID.randomUUID();
        CaseCommandAnswer answer = sender.send(request, caseId, version.value(),
                new AddPartyCommand(caseId, version.value(), partyId, body.role(), body.side(),
                        body.representedPartyId(), body.fullName(), contactDetails(body.contactDetails()),
                        body.preferredLanguage(), by, now()));
        return ok(answer.withParty(partyId));
    }

    @PostMapping("/{caseId}/parties/{partyId}/contact-details")
    ResponseEntity<CaseCommandAnswer> updateContactDetails(@PathVariable UUID caseId, @PathVariable UUID partyId,
                                                           StaffMember by, ExpectedVersion version,
                                                           @Valid @RequestBody ContactDetailsUpdateRequest body,
                                                           HttpServletRequest request) {
        return answer(request, caseId, version, new UpdatePartyContactDetailsCommand(caseId, version.value(), partyId,
                body.fullName(), contactDetails(body.contactDetails()), by, now()));
    }

    @Operation(summary = "Record a party's safety notes")
    @PostMapping("/{caseId}/parties/{partyId}/safety-notes")
    ResponseEntity<CaseCommandAnswer> safetyNotes(@PathVariable UUID caseId, @PathVariable UUID partyId,
                                                  StaffMember by, ExpectedVersion version,
                                                  @Valid @RequestBody SafetyNotesRequest body,
                                                  HttpServletRequest request) {
        return answer(request, caseId, version,
                new RecordSafetyNotesCommand(caseId, version.value(), partyId, body.notes(), by, now()));
    }

    @Operation(summary = "Set a party's preferred language")
    @PostMapping("/{caseId}/parties/{partyId}/language")
    ResponseEntity<CaseCommandAnswer> language(@PathVariable UUID caseId, @PathVariable UUID partyId,
                                               StaffMember by, ExpectedVersion version,
                                               @Valid @RequestBody LanguageRequest body, HttpServletRequest request) {
        return answer(request, caseId, version,
                new SetPreferredLanguageCommand(caseId, version.value(), partyId, body.language(), by, now()));
    }

    // ---- conversations and approach

    @Operation(summary = "Record the first conversation")
    @PostMapping("/{caseId}/first-conversation")
    ResponseEntity<CaseCommandAnswer> firstConversation(@PathVariable UUID caseId, StaffMember by,
                                                        ExpectedVersion version,
                                                        @Valid @RequestBody FirstConversationRequest body,
                                                        HttpServletRequest request) {
        return answer(request, caseId, version, new RecordFirstConversationCommand(caseId, version.value(),
                body.heldAt(), body.summary(), by, now()));
    }

    @Operation(summary = "Record a preparation talk")
    @PostMapping("/{caseId}/preparation-talks")
    ResponseEntity<CaseCommandAnswer> preparationTalk(@PathVariable UUID caseId, StaffMember by,
                                                      ExpectedVersion version,
                                                      @Valid @RequestBody PreparationTalkRequest body,
                                                      HttpServletRequest request) {
        return answer(request, caseId, version, new RecordPreparationTalkCommand(caseId, version.value(),
                body.partyId(), body.heldAt(), body.summary(), by, now()));
    }

    /*
     * The default deadline is this deployment's setting, not a rule of the case, so it is applied here,
     * where settings and the clock are read: the command and its event carry the date itself, the
     * aggregate stays free of configuration, and a replay never depends on what the setting is today.
     */
    @Operation(summary = "Record a contact attempt")
    @PostMapping("/{caseId}/contact-attempts")
    ResponseEntity<CaseCommandAnswer> contactAttempt(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
                                                     @Valid @RequestBody ContactAttemptRequest body,
                                                     HttpServletRequest request) {
        Instant at = now();
        LocalDate followUpBy = body.followUpBy() != null ? body.followUpBy()
                : LocalDate.ofInstant(at, CALENDAR).plus(followUpAfter);
        return answer(request, caseId, version, new RecordContactAttemptCommand(caseId, version.value(),
                body.partyId(), body.channel(), body.applicantNamed(), followUpBy, by, at));
    }

    @Operation(summary = "Record a party's response")
    @PostMapping("/{caseId}/responses")
    ResponseEntity<CaseCommandAnswer> response(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
                                               @Valid @RequestBody PartyResponseRequest body,
                                               HttpServletRequest request) {
        return answer(request, caseId, version, new RecordPartyResponseCommand(caseId, version.value(),
                body.partyId(), body.response(), body.summary(), by, now()));
    }

    @PostMapping("/{caseId}/share-applicant-name")
    ResponseEntity<CaseCommandAnswer> shareApplicantName(@PathVariable UUID caseId, StaffMember by,
                                                         ExpectedVersion version, HttpServletRequest request) {
        return answer(request, caseId, version, new ShareApplicantNameCommand(caseId, version.value(), by, now()));
    }

    // ---- consent

    @PostMapping("/{caseId}/consents")
    ResponseEntity<CaseCommandAnswer> recordConsent(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
                                                    @Valid @RequestBody ConsentRequest body,
                                                    HttpServletRequest request) {
        UUID consentId = UUID.randomUUID();
        CaseCommandAnswer answer = sender.send(request, caseId, version.value(),
                new RecordConsentCommand(caseId, version.value(), consentId, body.partyId(), body.purpose(),
                        body.form(), body.recipient(), body.method(), body.givenAt(), by, now()));
        // a consent that was already active keeps its first id; this one was never recorded
        return ok(answer.changed() ? answer.withConsent(consentId) : answer);
    }

    @PostMapping("/{caseId}/consents/{consentId}/withdrawal")
    ResponseEntity<CaseCommandAnswer> withdrawConsent(@PathVariable UUID caseId, @PathVariable UUID consentId,
                                                      StaffMember by, ExpectedVersion version,
                                                      @Valid @RequestBody(required = false) WithdrawalRequest body,
                                                      HttpServletRequest request) {
        return answer(request, caseId, version, new WithdrawConsentCommand(caseId, version.value(), consentId,
                body == null ? null : body.reason(), by, now()));
    }

    // ---- form of contact, meetings, message exchange

    @PostMapping("/{caseId}/form-of-contact/proposal")
    ResponseEntity<CaseCommandAnswer> proposeFormOfContact(@PathVariable UUID caseId, StaffMember by,
                                                           ExpectedVersion version,
                                                           @Valid @RequestBody FormOfContactRequest body,
                                                           HttpServletRequest request) {
        return answer(request, caseId, version,
                new ProposeFormOfContactCommand(caseId, version.value(), body.form(), by, now()));
    }

    @PostMapping("/{caseId}/form-of-contact/agreement")
    ResponseEntity<CaseCommandAnswer> agreeFormOfContact(@PathVariable UUID caseId, StaffMember by,
                                                         ExpectedVersion version,
                                                         @Valid @RequestBody FormOfContactRequest body,
                                                         HttpServletRequest request) {
        return answer(request, caseId, version,
                new AgreeFormOfContactCommand(caseId, version.value(), body.form(), by, now()));
    }

    @PostMapping("/{caseId}/meetings")
    ResponseEntity<CaseCommandAnswer> scheduleMeeting(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
                                                      @Valid @RequestBody MeetingRequest body,
                                                      HttpServletRequest request) {
        UUID meetingId = UUID.randomUUID();
        CaseCommandAnswer answer = sender.send(request, caseId, version.value(),
                new ScheduleMeetingCommand(caseId, version.value(), meetingId, body.form(), body.scheduledFor(),
                        body.location(), body.address(),
                        body.networkMemberIds() == null ? List.of() : List.copyOf(body.networkMemberIds()), by, now()));
        return ok(answer.withMeeting(meetingId));
    }

    @PostMapping("/{caseId}/meetings/{meetingId}/reschedule")
    ResponseEntity<CaseCommandAnswer> rescheduleMeeting(@PathVariable UUID caseId, @PathVariable UUID meetingId,
                                                        StaffMember by, ExpectedVersion version,
                                                        @Valid @RequestBody RescheduleRequest body,
                                                        HttpServletRequest request) {
        return answer(request, caseId, version, new RescheduleMeetingCommand(caseId, version.value(), meetingId,
                body.scheduledFor(), body.location(), body.address(), by, now()));
    }

    @PostMapping("/{caseId}/meetings/{meetingId}/cancel")
    ResponseEntity<CaseCommandAnswer> cancelMeeting(@PathVariable UUID caseId, @PathVariable UUID meetingId,
                                                    StaffMember by, ExpectedVersion version,
                                                    @Valid @RequestBody CancelMeetingRequest body,
                                                    HttpServletRequest request) {
        return answer(request, caseId, version, new CancelMeetingCommand(caseId, version.value(), meetingId,
                body.reason(), body.note(), by, now()));
    }

    @Operation(summary = "Record a meeting as held")
    @PostMapping("/{caseId}/meetings/{meetingId}/held")
    ResponseEntity<CaseCommandAnswer> meetingHeld(@PathVariable UUID caseId, @PathVariable UUID meetingId,
                                                  StaffMember by, ExpectedVersion version, HttpServletRequest request) {
        return answer(request, caseId, version,
                new RecordMeetingHeldCommand(caseId, version.value(), meetingId, by, now()));
    }

    @PostMapping("/{caseId}/message-exchange/open")
    ResponseEntity<CaseCommandAnswer> openMessageExchange(@PathVariable UUID caseId, StaffMember by,
                                                          ExpectedVersion version, HttpServletRequest request) {
        return answer(request, caseId, version, new OpenMessageExchangeCommand(caseId, version.value(), by, now()));
    }

    @PostMapping("/{caseId}/message-exchange/resume")
    ResponseEntity<CaseCommandAnswer> resumeMessageExchange(@PathVariable UUID caseId, StaffMember by,
                                                            ExpectedVersion version, HttpServletRequest request) {
        return answer(request, caseId, version, new ResumeMessageExchangeCommand(caseId, version.value(), by, now()));
    }

    @PostMapping("/{caseId}/message-exchange/close")
    ResponseEntity<CaseCommandAnswer> closeMessageExchange(@PathVariable UUID caseId, StaffMember by,
                                                           ExpectedVersion version, HttpServletRequest request) {
        return answer(request, caseId, version, new CloseMessageExchangeCommand(caseId, version.value(), by, now()));
    }

    // ---- closure and after

    @Operation(summary = "Close the case")
    @PostMapping("/{caseId}/closure")
    ResponseEntity<CaseCommandAnswer> close(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
                                            @Valid @RequestBody ClosureRequest body, HttpServletRequest request) {
        return answer(request, caseId, version,
                new CloseCaseCommand(caseId, version.value(), body.outcome(), body.note(), by, now()));
    }

    @Operation(summary = "Share the outcome with a third party")
    @PostMapping("/{caseId}/outcome-shares")
    ResponseEntity<CaseCommandAnswer> shareOutcome(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
                                                   @Valid @RequestBody OutcomeShareRequest body,
                                                   HttpServletRequest request) {
        UUID shareId = UUID.randomUUID();
        CaseCommandAnswer answer = sender.send(request, caseId, version.value(),
                new ShareOutcomeCommand(caseId, version.value(), shareId, body.recipient(), body.form(), body.content(),
                        body.sharedAt(), by, now()));
        return ok(answer.withOutcomeShare(shareId));
    }

    @Operation(summary = "Record an aftercare contact")
    @PostMapping("/{caseId}/aftercare-contacts")
    ResponseEntity<CaseCommandAnswer> aftercareContact(@PathVariable UUID caseId, StaffMember by,
                                                       ExpectedVersion version,
                                                       @Valid @RequestBody AftercareContactRequest body,
                                                       HttpServletRequest request) {
        return answer(request, caseId, version, new RecordAftercareContactCommand(caseId, version.value(),
                body.partyId(), body.summary(), by, now()));
    }

    @Operation(summary = "Reopen the case")
    @PostMapping("/{caseId}/reopen")
    ResponseEntity<CaseCommandAnswer> reopen(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
                                             @Valid @RequestBody ReopenRequest body, HttpServletRequest request) {
        return answer(request, caseId, version, new ReopenCaseCommand(caseId, version.value(), body.reason(), by, now()));
    }

    @Operation(summary = "Add a note")
    @PostMapping("/{caseId}/notes")
    ResponseEntity<CaseCommandAnswer> addNote(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
                                              @Valid @RequestBody NoteRequest body, HttpServletRequest request) {
        UUID noteId = UUID.randomUUID();
        CaseCommandAnswer answer = sender.send(request, caseId, version.value(),
                new AddCaseNoteCommand(caseId, version.value(), noteId, body.text(), by, now()));
        return ok(answer.withNote(noteId));
    }

    // ----

    private ResponseEntity<CaseCommandAnswer> answer(HttpServletRequest request, UUID caseId, ExpectedVersion version,
                                                     Object command) {
        return ok(sender.send(request, caseId, version.value(), command));
    }

    private static ResponseEntity<CaseCommandAnswer> ok(CaseCommandAnswer answer) {
        return ResponseEntity.ok()
                .header(HttpHeaders.ETAG, ExpectedVersion.etagOf(answer.version()))
                .body(answer);
    }

    private Instant now() {
        return clock.instant();
    }

    /**
     * The hash of the request as parsed, so a repeat that differs only in whitespace or field order still
     * matches. Written by a mapper of its own: the hash must not change with the web's JSON settings.
     */
    private static String sha256Of(OpenCaseRequest body) {
        try {
            byte[] canonical = REQUEST_JSON.writeValueAsBytes(body);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Applicant applicant(UUID subjectId, ApplicantRequest a) {
        return new Applicant(subjectId, a.role(), a.fullName(), a.email(), a.phone(), postalAddress(a.postalAddress()),
                a.preferredChannel(), a.safeToLeaveMessages(), a.minor());
    }

    private static OtherParty otherParty(UUID subjectId, OpenCaseRequest body) {
        return body.otherParty() == null ? null : new OtherParty(subjectId, body.otherParty().known(),
                body.otherParty().fullName(), body.otherParty().relationship());
    }

    private static Incident incident(OpenCaseRequest body) {
        return new Incident(body.incident().category(), body.incident().approximateDate(),
                body.incident().policeReportFiled(), body.incident().criminalProceedings());
    }

    private static Story story(UUID tellerId, String text) {
        return text == null || text.isBlank() ? null : new Story(tellerId, text);
    }

    private static Referrer referrer(ReferrerRequest r) {
        return r == null ? null : new Referrer(UUID.randomUUID(), r.organisation(), r.fullName(), r.email(), r.phone(),
                r.clientConsentConfirmed());
    }

    private static ContactDetails contactDetails(ContactDetailsRequest c) {
        return c == null ? null : new ContactDetails(c.email(), c.phone(), postalAddress(c.postalAddress()));
    }

    private static PostalAddress postalAddress(PostalAddressRequest p) {
        return p == null ? null : new PostalAddress(p.street(), p.postalCode(), p.city(), p.country());
    }
}
