package nl.perspectief.personaldata;

import java.util.UUID;

/** The data subject's key was shredded: nothing new may be encrypted for that subject again. */
public class SubjectErasedException extends RuntimeException {

    private final UUID subject;

    public SubjectErasedException(UUID subject) {
        super("Data subject " + subject + " has been erased: its key was shredded");
        this.subject = subject;
    }

    public UUID subject() {
        return subject;
    }
}
