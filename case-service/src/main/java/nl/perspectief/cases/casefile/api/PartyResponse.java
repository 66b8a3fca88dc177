package nl.perspectief.cases.casefile.api;

/** What a party answered to being approached; NO_RESPONSE is recorded once the follow-up deadline passed. */
public enum PartyResponse {
    NO_RESPONSE, DECLINED, OPEN_TO_CONTACT
}
