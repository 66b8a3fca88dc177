package nl.perspectief.events;

import java.util.Map;
import java.util.Optional;

import nl.perspectief.events.cases.v1.CaseClosed;
import nl.perspectief.events.cases.v1.CaseOpened;
import nl.perspectief.events.cases.v1.CaseReopened;
import nl.perspectief.events.cases.v1.ConsentWithdrawn;
import nl.perspectief.events.cases.v1.MediatorAssigned;
import nl.perspectief.events.cases.v1.MessageExchangeClosed;
import nl.perspectief.events.cases.v1.MessageExchangeOpened;
import nl.perspectief.events.cases.v1.MessageExchangeResumed;
import nl.perspectief.events.cases.v1.MessageExchangeSuspended;
import nl.perspectief.events.intake.v1.RegistrationSubmitted;
import nl.perspectief.events.training.v1.EnrolmentConfirmed;
import nl.perspectief.events.training.v1.ParticipantCompleted;
import nl.perspectief.events.training.v1.SessionPlanned;
import nl.perspectief.events.messaging.v1.MessageDelivered;
import nl.perspectief.events.messaging.v1.ReceiptConfirmed;

/** Maps logical wire types to their payload records, for consumers that read the envelope first. */
public final class EventTypes {

    public static final String REGISTRATION_SUBMITTED_V1 = "RegistrationSubmitted.v1";

    public static final String CASE_OPENED_V1 = "CaseOpened.v1";
    public static final String MEDIATOR_ASSIGNED_V1 = "MediatorAssigned.v1";
    public static final String MESSAGE_EXCHANGE_OPENED_V1 = "MessageExchangeOpened.v1";
    public static final String MESSAGE_EXCHANGE_SUSPENDED_V1 = "MessageExchangeSuspended.v1";
    public static final String MESSAGE_EXCHANGE_RESUMED_V1 = "MessageExchangeResumed.v1";
    public static final String MESSAGE_EXCHANGE_CLOSED_V1 = "MessageExchangeClosed.v1";
    public static final String CONSENT_WITHDRAWN_V1 = "ConsentWithdrawn.v1";
    public static final String CASE_CLOSED_V1 = "CaseClosed.v1";
    public static final String CASE_REOPENED_V1 = "CaseReopened.v1";

    public static final String MESSAGE_DELIVERED_V1 = "MessageDelivered.v1";
    public static final String RECEIPT_CONFIRMED_V1 = "ReceiptConfirmed.v1";

    public static final String SESSION_PLANNED_V1 = "SessionPlanned.v1";
    public static final String ENROLMENT_CONFIRMED_V1 = "EnrolmentConfirmed.v1";
    public static final String PARTICIPANT_COMPLETED_V1 = "ParticipantCompleted.v1";

    private static final Map<String, Class<?>> PAYLOADS = Map.ofEntries(
            Map.entry(REGISTRATION_SUBMITTED_V1, RegistrationSubmitted.class),
            Map.entry(CASE_OPENED_V1, CaseOpened.class),
            Map.entry(MEDIATOR_ASSIGNED_V1, MediatorAssigned.class),
            Map.entry(MESSAGE_EXCHANGE_OPENED_V1, MessageExchangeOpened.class),
            Map.entry(MESSAGE_EXCHANGE_SUSPENDED_V1, MessageExchangeSuspended.class),
            Map.entry(MESSAGE_EXCHANGE_RESUMED_V1, MessageExchangeResumed.class),
            Map.entry(MESSAGE_EXCHANGE_CLOSED_V1, MessageExchangeClosed.class),
            Map.entry(CONSENT_WITHDRAWN_V1, ConsentWithdrawn.class),
            Map.entry(CASE_CLOSED_V1, CaseClosed.class),
            Map.entry(CASE_REOPENED_V1, CaseReopened.class),
            Map.entry(SESSION_PLANNED_V1, SessionPlanned.class),
            Map.entry(ENROLMENT_CONFIRMED_V1, EnrolmentConfirmed.class),
            Map.entry(PARTICIPANT_COMPLETED_V1, ParticipantCompleted.class),
            Map.entry(MESSAGE_DELIVERED_V1, MessageDelivered.class),
            Map.entry(RECEIPT_CONFIRMED_V1, ReceiptConfirmed.class));

    /**
     * The payload record of a wire type. Empty for a type this version of the module does not know:
     * new types may appear on a topic within its version, so a consumer skips those rather than
     * dead-lettering them.
     */
    public static Optional<Class<?>> payloadTypeOf(String type) {
        return Optional.ofNullable(PAYLOADS.get(type));
    }

    /** The wire type of a payload record, for producers that build the envelope. */
    public static Optional<String> typeOf(Class<?> payloadType) {
        return PAYLOADS.entrySet().stream()
                .filter(entry -> entry.getValue().equals(payloadType))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private EventTypes() {
    }
}
