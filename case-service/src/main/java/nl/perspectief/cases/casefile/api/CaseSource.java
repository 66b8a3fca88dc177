package nl.perspectief.cases.casefile.api;

/**
 * How a case came in: the website form (through intake) or typed in by the desk from a phone call or an
 * email. Its names are a superset of intake's {@code RegistrationSource}, so events stored before this
 * enum existed read back unchanged.
 */
public enum CaseSource {
    WEBSITE, PHONE, EMAIL
}
