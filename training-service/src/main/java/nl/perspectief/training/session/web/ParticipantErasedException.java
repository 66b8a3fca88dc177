package nl.perspectief.training.session.web;

/** The participant's personal data was erased (their key shredded): their certificate can no longer be printed. */
class ParticipantErasedException extends RuntimeException {

    ParticipantErasedException() {
        super("the participant's personal data was erased");
    }
}
