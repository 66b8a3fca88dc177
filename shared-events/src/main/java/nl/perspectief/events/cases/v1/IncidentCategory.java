package nl.perspectief.events.cases.v1;

/**
 * The kind of event a case is about. The same values as intake's
 * {@link nl.perspectief.events.intake.v1.IncidentCategory} (a test keeps them so), but its own type,
 * so that the cases contract changes only when case-service decides it does.
 */
public enum IncidentCategory {
    SEXUAL_TRANSGRESSION, NUDE_IMAGE_LEAK, THREAT_OR_INTIMIDATION, THEFT_OR_FRAUD, TRAFFIC_ACCIDENT, VIOLENCE, HOMICIDE, SPORTS_TRANSGRESSION, OTHER
}
