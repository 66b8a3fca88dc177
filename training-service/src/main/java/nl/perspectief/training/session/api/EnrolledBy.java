package nl.perspectief.training.session.api;

import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/**
 * Who put an enrolment in. A referring professional is a data subject of their own ({@code professionalId}, chosen by
 * the caller), so their details are encrypted with their key, not the participant's.
 *
 * @param staffId        the trainer, for {@link EnrolmentChannel#TRAINER}; else null
 * @param professionalId the professional's subject id, for {@link EnrolmentChannel#PROFESSIONAL}; else null
 * @param professional   their name, organisation and e-mail, for {@link EnrolmentChannel#PROFESSIONAL}; else null
 */
public record EnrolledBy(EnrolmentChannel channel, String staffId, UUID professionalId,
                         @PersonalData(subject = "professionalId") ReferringProfessional professional) {

    public static EnrolledBy self() {
        return new EnrolledBy(EnrolmentChannel.SELF, null, null, null);
    }

    public static EnrolledBy trainer(String staffId) {
        return new EnrolledBy(EnrolmentChannel.TRAINER, staffId, null, null);
    }

    public static EnrolledBy professional(UUID professionalId, ReferringProfessional professional) {
        return new EnrolledBy(EnrolmentChannel.PROFESSIONAL, null, professionalId, professional);
    }
}
