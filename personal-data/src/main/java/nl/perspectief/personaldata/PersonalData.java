package nl.perspectief.personaldata;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component (or field) that holds personal data of one data subject. Wherever the
 * services serialize such a record with the {@code PersonalDataModule} (Axon's event, snapshot and
 * dead-letter serializer, read-model documents), the value is encrypted with that subject's own key;
 * destroying the key erases the value everywhere at once (crypto-shredding).
 *
 * <pre>{@code
 * record ApplicantDetails(UUID subjectId,
 *                         @PersonalData(subject = "subjectId") String fullName,
 *                         @PersonalData(subject = "subjectId") ContactDetails contact) { }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalData {

    /** The name of the sibling component that holds the data subject's id (a {@link java.util.UUID}). */
    String subject();
}
