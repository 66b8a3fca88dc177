package nl.perspectief.intake.registration.command;

/**
 * A registration rule the aggregate refuses to break, even when the web layer already checked it:
 * the aggregate is the last line. {@link #field()} names the offending JSON field of the request.
 */
public abstract sealed class RegistrationRuleException extends RuntimeException
        permits PrivacyStatementNotAcceptedException, ReferrerWithoutClientConsentException,
        ApplicantUnreachableException, PreferredChannelWithoutContactDetailException,
        UnknownOtherPartyWithNameException, KnownOtherPartyWithoutDetailsException,
        IncidentDateNotARealDateException, IncidentDateInTheFutureException {

    private final String field;

    RegistrationRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The rule's name as the problem+json answer shows it. */
    public String rule() {
        return getClass().getSimpleName().replaceFirst("Exception$", "");
    }
}
