package nl.perspectief.training.session.api;

import nl.perspectief.training.course.api.StaffMember;

/**
 * Who cancelled an enrolment, or took or declined an offered place: the participant through their link, or a member
 * of staff.
 *
 * @param staff the member of staff, for {@link ActorKind#STAFF}; else null
 */
public record Actor(ActorKind kind, StaffMember staff) {

    public static Actor participant() {
        return new Actor(ActorKind.PARTICIPANT, null);
    }

    public static Actor staff(StaffMember staff) {
        return new Actor(ActorKind.STAFF, staff);
    }
}
