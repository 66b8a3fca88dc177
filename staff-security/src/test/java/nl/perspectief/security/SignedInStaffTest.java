package nl.perspectief.security;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

class SignedInStaffTest {

    @Test
    void the_subject_and_staff_roles_of_an_authentication_make_the_signed_in_staff_member() {
        var authentication = UsernamePasswordAuthenticationToken.authenticated("a1b2", null,
                AuthorityUtils.createAuthorityList("ROLE_MEDIATOR", "SCOPE_openid"));

        SignedInStaff staff = SignedInStaff.of(authentication).orElseThrow();

        assertThat(staff.subject()).isEqualTo("a1b2");
        assertThat(staff.roles()).containsExactly(StaffRole.MEDIATOR);
        assertThat(staff.singleRole()).contains(StaffRole.MEDIATOR);
    }

    @Test
    void someone_with_two_staff_roles_has_no_single_role_to_act_in() {
        var authentication = UsernamePasswordAuthenticationToken.authenticated("a1b2", null,
                AuthorityUtils.createAuthorityList("ROLE_DESK", "ROLE_MEDIATOR"));

        assertThat(SignedInStaff.of(authentication).orElseThrow().singleRole()).isEmpty();
    }

    @Test
    void anonymous_and_unauthenticated_requests_are_no_staff_member() {
        assertThat(SignedInStaff.of(null)).isEmpty();
        assertThat(SignedInStaff.of(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))).isEmpty();
        assertThat(SignedInStaff.of(UsernamePasswordAuthenticationToken.unauthenticated("a1b2", null))).isEmpty();
    }
}
