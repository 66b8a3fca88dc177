package nl.perspectief.cases.casefile.api;

/** Where a meeting or conference takes place; the address itself, if any, is personal data of the case. */
public enum MeetingLocation {
    OFFICE, PRISON, PARTY_CHOSEN_PLACE, ONLINE
}
