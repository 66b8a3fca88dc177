package nl.perspectief.training.session.api;

/** Who takes a step that either side may take. */
public enum ActorKind {
    /** The participant, through the link in their e-mail. */
    PARTICIPANT,
    /** A member of staff, for instance after a phone call. */
    STAFF
}
