package nl.perspectief.events.intake.v1;

/** How the applicant wants to be reached. */
public enum ContactChannel {
    EMAIL, PHONE, POST
}
