package nl.perspectief.intake.registration.command;

/**
 * Hands out the sequence numbers behind the human references, one series per year. Numbers are unique and rising
 * within a year. A number is skipped only when the registration that took it failed before its commit (a database
 * error, a crash): that registration was never acknowledged, so no person holds the number.
 */
interface RegistrationReferences {

    /** The next number of {@code year}. */
    int next(int year);
}
