package nl.perspectief.events;

/**
 * Kafka topic names. A breaking change of a contract is a new version and so a new topic;
 * records are keyed by the aggregate id so that one aggregate's events stay in order.
 */
public final class Topics {

    /** {@code RegistrationSubmitted.v1}, keyed by registration id; produced by intake-service. */
    public static final String INTAKE_REGISTRATIONS_V1 = "intake.registrations.v1";

    /**
     * Every {@code nl.perspectief.events.cases.v1} event, keyed by case id; produced by case-service.
     * One topic for all of a case's events, because consumers such as messaging-service must see them
     * in the order they happened: a consent withdrawn before the exchange it suspends.
     */
    public static final String CASES_CASE_EVENTS_V1 = "cases.case-events.v1";

    /**
     * Every {@code nl.perspectief.events.messaging.v1} event, keyed by case id; produced by messaging-service. One
     * topic for all of a case's correspondence, in order: a message's delivery before its receipt.
     */
    public static final String MESSAGING_CORRESPONDENCE_EVENTS_V1 = "messaging.correspondence-events.v1";

    /**
     * Every {@code nl.perspectief.events.training.v1} event, keyed by session id; produced by training-service, for
     * reporting. Ids, dates and counts only.
     */
    public static final String TRAINING_COURSE_EVENTS_V1 = "training.course-events.v1";

    /** Where a consumer parks a record it cannot process; counted and visible, never skipped. */
    public static String deadLetterTopicOf(String topic) {
        return topic + ".dlt";
    }

    private Topics() {
    }
}
