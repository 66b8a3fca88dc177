package nl.perspectief.events.training.v1;

import java.util.UUID;

/**
 * Every payload published on {@link nl.perspectief.events.Topics#TRAINING_COURSE_EVENTS_V1}; sealed so a consumer
 * switches over them exhaustively, and so the Kafka key is always at hand: {@link #sessionId()}.
 */
public sealed interface TrainingTopicPayload permits SessionPlanned, EnrolmentConfirmed, ParticipantCompleted {

    /** The course session the event is about, and the Kafka record key. */
    UUID sessionId();
}
