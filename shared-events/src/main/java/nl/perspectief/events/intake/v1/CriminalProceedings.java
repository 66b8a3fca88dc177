package nl.perspectief.events.intake.v1;

/** Where the criminal case stands; mediation is possible at every stage. */
public enum CriminalProceedings {
    NONE, INVESTIGATION, AWAITING_TRIAL, CONVICTED, UNKNOWN
}
