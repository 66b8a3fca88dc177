package nl.perspectief.intake.registration.command;

public final class IncidentDateNotARealDateException extends RegistrationRuleException {

    IncidentDateNotARealDateException() {
        super("incident.approximateDate", "must be YYYY, YYYY-MM or YYYY-MM-DD and a real date");
    }
}
