package nl.perspectief.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The member of staff behind a request: the provider's subject (an opaque, stable id, never a name or
 * an email address) and their staff roles.
 */
public record SignedInStaff(String subject, Set<StaffRole> roles) {

    public SignedInStaff {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The staff member an authentication stands for; empty for anonymous or unauthenticated requests. */
    public static Optional<SignedInStaff> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            for (StaffRole role : StaffRole.values()) {
                if (role.authority().equals(granted.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return Optional.of(new SignedInStaff(authentication.getName(), roles));
    }

    /** The one staff role this person acts in; empty when they hold none or several. */
    public Optional<StaffRole> singleRole() {
        return roles.size() == 1 ? Optional.of(roles.iterator().next()) : Optional.empty();
    }

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }
}
