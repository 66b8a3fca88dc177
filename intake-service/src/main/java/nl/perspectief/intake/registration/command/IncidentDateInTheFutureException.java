package nl.perspectief.intake.registration.command;

public final class IncidentDateInTheFutureException extends RegistrationRuleException {

    IncidentDateInTheFutureException() {
        super("incident.approximateDate", "must not lie in the future");
    }
}
