package nl.perspectief.cases.casefile.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.perspectief.cases.casefile.api.ActiveConsentView;
import nl.perspectief.cases.casefile.api.CaseTimelineView;
import nl.perspectief.cases.casefile.api.ConsentMethod;
import nl.perspectief.cases.casefile.api.ConsentPurpose;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.CorrespondenceStep;
import nl.perspectief.cases.casefile.api.DeliveryChannel;
import nl.perspectief.cases.casefile.api.MessageKind;
import nl.perspectief.cases.casefile.api.PartyRole;
import nl.perspectief.security.StaffRole;

class CorrespondenceInTimelineTest {

    private static final UUID CASE = UUID.randomUUID();
    private static final UUID JULIA = UUID.randomUUID();
    private static final UUID PETER = UUID.randomUUID();
    private static final UUID LETTER = UUID.randomUUID();
    private static final Map<UUID, PartyRole> ROLES = Map.of(JULIA, PartyRole.APPLICANT, PETER, PartyRole.OTHER_PARTY);
    private static final Instant OPENED = Instant.parse("2026-05-04T14:30:00Z");
    private static final ActiveConsentView PETERS_CONSENT = new ActiveConsentView(UUID.randomUUID(), PETER,
            ConsentPurpose.FORM_OF_CONTACT, ContactForm.MESSAGE_EXCHANGE, null, ConsentMethod.SPOKEN, OPENED);

    private final CaseTimelineView.Entry exchangeOpened = own(5, "MESSAGE_EXCHANGE_OPENED", OPENED,
            List.of(PETERS_CONSENT));
    private final CaseTimelineView.Entry consentWithdrawn = own(6, "CONSENT_WITHDRAWN",
            Instant.parse("2026-05-20T08:47:12Z"), List.of());

    @Test
    void putsADeliveryAmongTheCasesStepsByItsTimeWithTheConsentsThatHeldThen() {
        var merged = CorrespondenceInTimeline.merge(List.of(exchangeOpened, consentWithdrawn), ROLES,
                List.of(delivered(Instant.parse("2026-05-11T15:40:00Z"))));

        assertThat(merged).extracting(CaseTimelineView.Entry::type)
                .containsExactly("MESSAGE_EXCHANGE_OPENED", "MESSAGE_DELIVERED", "CONSENT_WITHDRAWN");
        assertThat(merged.get(1).consentsActiveAfter()).containsExactly(PETERS_CONSENT);
        assertThat(merged.get(1).sequenceNumber()).isNull();
        assertThat(merged.get(1).staffId()).isEqualTo("mediator-joost");
        assertThat(merged.get(1).staffRole()).isEqualTo(StaffRole.MEDIATOR);
    }

    @Test
    void namesTheWritersAndRecipientsRolesTheKindAndTheChannelNeverAName() {
        var delivery = CorrespondenceInTimeline.merge(List.of(exchangeOpened), ROLES,
                List.of(delivered(Instant.parse("2026-05-11T15:40:00Z")))).getLast();

        assertThat(delivery.description())
                .isEqualTo("Letter from the applicant delivered to the other party by post.");
        assertThat(delivery.correspondence()).isEqualTo(new CaseTimelineView.Correspondence(LETTER, MessageKind.LETTER,
                DeliveryChannel.POST, PartyRole.APPLICANT, PartyRole.OTHER_PARTY));
        assertThat(delivery.details()).isNull();
    }

    @Test
    void ordersAReceiptThatArrivedBeforeItsDeliveryAfterItAndTellsItWithTheDeliverysWords() {
        var receipt = receipt(Instant.parse("2026-05-13T20:15:00Z"));
        var delivery = delivered(Instant.parse("2026-05-11T15:40:00Z"));

        var merged = CorrespondenceInTimeline.merge(List.of(exchangeOpened, consentWithdrawn), ROLES,
                List.of(receipt, delivery));

        assertThat(merged).extracting(CaseTimelineView.Entry::type).containsExactly("MESSAGE_EXCHANGE_OPENED",
                "MESSAGE_DELIVERED", "RECEIPT_CONFIRMED", "CONSENT_WITHDRAWN");
        assertThat(merged.get(2).description())
                .isEqualTo("The other party confirmed receipt of the letter from the applicant.");
        assertThat(merged.get(2).correspondence()).isEqualTo(new CaseTimelineView.Correspondence(LETTER,
                MessageKind.LETTER, null, PartyRole.APPLICANT, PartyRole.OTHER_PARTY));
    }

    @Test
    void tellsAReceiptWhoseDeliveryIsUnknownAsOfAMessage() {
        var merged = CorrespondenceInTimeline.merge(List.of(exchangeOpened), ROLES,
                List.of(receipt(Instant.parse("2026-05-13T20:15:00Z"))));

        assertThat(merged.getLast().description()).isEqualTo("The other party confirmed receipt of a message.");
        assertThat(merged.getLast().correspondence().kind()).isNull();
    }

    @Test
    void keepsTheCasesOwnStepsInTheOrderOfItsStream() {
        CaseTimelineView.Entry recordedLate = own(7, "CASE_NOTE_ADDED", Instant.parse("2026-05-01T09:00:00Z"), List.of());

        var merged = CorrespondenceInTimeline.merge(List.of(exchangeOpened, consentWithdrawn, recordedLate), ROLES,
                List.of(delivered(Instant.parse("2026-05-11T15:40:00Z"))));

        assertThat(merged).extracting(CaseTimelineView.Entry::sequenceNumber).containsExactly(5L, null, 6L, 7L);
    }

    private static CaseTimelineView.Entry own(long sequenceNumber, String type, Instant at,
                                              List<ActiveConsentView> consents) {
        return new CaseTimelineView.Entry(sequenceNumber, UUID.randomUUID().toString(), at, at, "mediator-joost",
                StaffRole.MEDIATOR, type, "", null, consents, null);
    }

    private static CorrespondenceStepRow delivered(Instant at) {
        return new CorrespondenceStepRow(UUID.randomUUID(), CASE, LETTER, CorrespondenceStep.MESSAGE_DELIVERED,
                MessageKind.LETTER, DeliveryChannel.POST, JULIA, PETER, "mediator-joost", at, at);
    }

    private static CorrespondenceStepRow receipt(Instant at) {
        return new CorrespondenceStepRow(UUID.randomUUID(), CASE, LETTER, CorrespondenceStep.RECEIPT_CONFIRMED,
                null, null, null, PETER, "mediator-joost", at, at);
    }
}
