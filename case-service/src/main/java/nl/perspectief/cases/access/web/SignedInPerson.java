package nl.perspectief.cases.access.web;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import nl.perspectief.security.SignedInStaff;
import nl.perspectief.security.StaffRole;

/**
 * Who is signed in to the pages, as the pages show them: the username the provider knows them by (shown to
 * themselves only, never logged) and their one staff role; no role when they hold none or several.
 */
public record SignedInPerson(String username, StaffRole role) {

    public static Optional<SignedInPerson> of(Authentication authentication) {
        return SignedInStaff.of(authentication).map(staff -> new SignedInPerson(
                authentication.getPrincipal() instanceof OidcUser user && user.getPreferredUsername() != null
                        ? user.getPreferredUsername() : staff.subject(),
                staff.singleRole().orElse(null)));
    }
}
