package nl.perspectief.events.intake.v1;

/** The kind of event the registration is about. */
public enum IncidentCategory {
    SEXUAL_TRANSGRESSION, NUDE_IMAGE_LEAK, THREAT_OR_INTIMIDATION, THEFT_OR_FRAUD, TRAFFIC_ACCIDENT, VIOLENCE, HOMICIDE, SPORTS_TRANSGRESSION, OTHER
}
