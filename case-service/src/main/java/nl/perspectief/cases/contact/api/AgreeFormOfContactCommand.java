package nl.perspectief.cases.contact.api;

import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Every party involved agreed on a form of contact; needs their consents. */
public record AgreeFormOfContactCommand(
        @TargetAggregateIdentifier UUID caseId,
        @TargetAggregateVersion Long expectedVersion,
        ContactForm form,
        StaffMember performedBy,
        Instant at) {
}
