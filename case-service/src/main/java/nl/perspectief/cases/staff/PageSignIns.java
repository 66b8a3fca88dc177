package nl.perspectief.cases.staff;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import nl.perspectief.security.SignedInStaff;

/**
 * Writes each sign-in to the pages into the {@link StaffDirectory}: the ID token's subject and
 * {@code preferred_username}, and the one staff role. Bearer tokens of the API authenticate too, on every request;
 * they are not sign-ins and are left out (their principal is no {@link OidcUser}).
 */
@Component
class PageSignIns {

    private static final Logger log = LoggerFactory.getLogger(PageSignIns.class);

    private final StaffDirectory directory;
    private final Clock clock;

    PageSignIns(StaffDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof OidcUser user)) {
            return;
        }
        SignedInStaff.of(event.getAuthentication()).ifPresent(staff -> staff.singleRole().ifPresent(role -> {
            String username = user.getPreferredUsername() != null ? user.getPreferredUsername() : staff.subject();
            try {
                directory.signedIn(staff.subject(), username, role, clock.instant());
            } catch (DataAccessException e) {
                // a convenience for choosing a mediator: the sign-in itself stands
                log.warn("could not note a sign-in in the staff directory: {}", e.getClass().getName());
            }
        }));
    }
}
