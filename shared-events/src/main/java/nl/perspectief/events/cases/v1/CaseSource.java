package nl.perspectief.events.cases.v1;

/** Where the request for mediation came in: the website (through intake) or the desk, by phone or email. */
public enum CaseSource {
    WEBSITE, PHONE, EMAIL
}
