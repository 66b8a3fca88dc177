package nl.perspectief.training.session.query;

import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;
import nl.perspectief.training.session.api.EnrolledBy;
import nl.perspectief.training.session.api.Participant;

/**
 * Who enrolled, stored in {@code session_enrolment.document}: the participant's details encrypted for the participant,
 * a referring professional's (inside {@link EnrolledBy}) for the professional.
 */
record EnrolmentDocument(UUID participantId, @PersonalData(subject = "participantId") Participant participant,
                         EnrolledBy enrolledBy) {
}
