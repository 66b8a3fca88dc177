package nl.perspectief.training.session.api;

/** Where a session is held. */
public enum LocationKind {
    OFFICE, PRISON, ONLINE
}
