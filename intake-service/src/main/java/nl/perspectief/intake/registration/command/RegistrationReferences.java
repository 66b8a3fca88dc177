package nl.perspectief.intake.registration.command;

/** Hands out the sequence numbers behind the human references, one series per year. */
interface RegistrationReferences {

    /** The next number of {@code year}, counted inside the caller's transaction so a rollback returns it. */
    int next(int year);
}
