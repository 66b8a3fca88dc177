package nl.perspectief.events;

import java.util.Map;
import java.util.Optional;

import nl.perspectief.events.intake.v1.RegistrationSubmitted;

/** Maps logical wire types to their payload records, for consumers that read the envelope first. */
public final class EventTypes {

    public static final String REGISTRATION_SUBMITTED_V1 = "RegistrationSubmitted.v1";

    private static final Map<String, Class<?>> PAYLOADS = Map.of(
            REGISTRATION_SUBMITTED_V1, RegistrationSubmitted.class);

    public static Optional<Class<?>> payloadTypeOf(String type) {
        return Optional.ofNullable(PAYLOADS.get(type));
    }

    private EventTypes() {
    }
}
