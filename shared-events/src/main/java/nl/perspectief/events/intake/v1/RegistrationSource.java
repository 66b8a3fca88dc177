package nl.perspectief.events.intake.v1;

/** Where a registration came in. */
public enum RegistrationSource {
    WEBSITE
}
