package nl.perspectief.events.training.v1;

/** Where a session takes place, as a kind (the address itself is not on the topic). */
public enum LocationKind {
    OFFICE, PRISON, ONLINE
}
