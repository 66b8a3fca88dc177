package nl.perspectief.messaging.correspondence.web;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import nl.perspectief.security.SignedInStaff;
import nl.perspectief.security.StaffRole;

/**
 * Who is signed in to the pages, as the header shows them: the username the provider knows them by (shown to
 * themselves only, never logged), their subject (to say "you" beside the steps they took) and their one staff role;
 * no role when they hold none or several.
 */
record CorrespondencePagePerson(String username, String subject, StaffRole role) {

    static Optional<CorrespondencePagePerson> of(Authentication authentication) {
        return SignedInStaff.of(authentication).map(staff -> new CorrespondencePagePerson(
                authentication.getPrincipal() instanceof OidcUser user && user.getPreferredUsername() != null
                        ? user.getPreferredUsername() : staff.subject(),
                staff.subject(), staff.singleRole().orElse(null)));
    }
}
