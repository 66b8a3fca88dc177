package nl.perspectief.training.course.web;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import nl.perspectief.security.SignedInStaff;
import nl.perspectief.security.StaffRole;

/**
 * Who is signed in to the trainers' pages, as the header shows them: the username the provider knows them by (shown
 * to themselves only, never logged), their subject (to say "you" beside a trainer's id) and their one staff role; no
 * role when they hold none or several.
 */
public record TrainerPagePerson(String username, String subject, StaffRole role) {

    static Optional<TrainerPagePerson> of(Authentication authentication) {
        return SignedInStaff.of(authentication).map(staff -> new TrainerPagePerson(
                authentication.getPrincipal() instanceof OidcUser user && user.getPreferredUsername() != null
                        ? user.getPreferredUsername() : staff.subject(),
                staff.subject(), staff.singleRole().orElse(null)));
    }
}
