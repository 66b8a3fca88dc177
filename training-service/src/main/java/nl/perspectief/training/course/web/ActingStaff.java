package nl.perspectief.training.course.web;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.perspectief.security.SignedInStaff;
import nl.perspectief.security.StaffRole;
import nl.perspectief.training.course.api.StaffMember;

/**
 * Who is asking: the token's or the page session's subject, in the one staff role it carries. The trainers' API and
 * pages of courses and sessions ask it alike.
 */
public final class ActingStaff {

    private ActingStaff() {
    }

    /** @throws AccessDeniedException without a signed-in member of staff in exactly one staff role */
    public static StaffMember current() {
        return currentOrEmpty().orElseThrow(() -> new AccessDeniedException("not signed in in one staff role"));
    }

    /** A trainer, or refused: the URL rules let only trainers this far, and a step checks again. */
    public static StaffMember trainer() {
        StaffMember who = current();
        if (who.role() != StaffRole.TRAINER) {
            throw new AccessDeniedException("only trainers run courses and sessions");
        }
        return who;
    }

    /** The same, or empty when nobody with a single staff role is signed in. */
    public static Optional<StaffMember> currentOrEmpty() {
        return SignedInStaff.of(SecurityContextHolder.getContext().getAuthentication())
                .flatMap(staff -> staff.singleRole().map(role -> new StaffMember(staff.subject(), role)));
    }
}
