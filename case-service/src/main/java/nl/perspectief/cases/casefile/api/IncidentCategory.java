package nl.perspectief.cases.casefile.api;

/**
 * The kind of event the registration is about.
 * The case's own word for it, with the names of intake's contract of the same name: stored events read back
 * unchanged, and a change of intake's contract reaches the case only through the consumer's mapping.
 */
public enum IncidentCategory {
    SEXUAL_TRANSGRESSION, NUDE_IMAGE_LEAK, THREAT_OR_INTIMIDATION, THEFT_OR_FRAUD, TRAFFIC_ACCIDENT, VIOLENCE, HOMICIDE, SPORTS_TRANSGRESSION, OTHER
}
