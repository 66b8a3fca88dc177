package nl.perspectief.security.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import nl.perspectief.security.RolesClaim;
import nl.perspectief.security.SignedInStaff;
import nl.perspectief.security.StaffRole;

class StaffRolesFromOidcLoginTest {

    private final StaffRolesFromOidcLogin mapper = new StaffRolesFromOidcLogin(new RolesClaim("realm_access.roles"));

    private static OidcIdToken idToken(Object roles) {
        return new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(60), Map.of(
                "sub", "f2e5f499-2bd7-4026-a8d0-010f958f96ad", "preferred_username", "mediator.anna",
                "realm_access", Map.of("roles", roles)));
    }

    @Test
    void theIdTokensRolesClaimBecomesTheStaffRolesAndNothingElse() {
        OidcIdToken token = idToken(List.of("MEDIATOR", "offline_access", "default-roles-perspectief"));

        var authorities = mapper.mapAuthorities(List.of(new OidcUserAuthority(token)));

        assertThat(authorities).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_MEDIATOR");
    }

    @Test
    void aClaimOfTheWrongShapeGrantsNothing() {
        assertThat(mapper.mapAuthorities(List.of(new OidcUserAuthority(idToken("MEDIATOR"))))).isEmpty();
    }

    @Test
    void anOidcSignInIsTheStaffMemberOfItsSubjectInTheirRole() {
        OidcIdToken token = idToken(List.of("COMPLIANCE"));
        var authorities = mapper.mapAuthorities(List.of(new OidcUserAuthority(token)));
        var user = new DefaultOidcUser(authorities, token);

        SignedInStaff staff = SignedInStaff.of(new OAuth2AuthenticationToken(user, authorities, "perspectief-web")).orElseThrow();

        assertThat(staff.subject()).isEqualTo("f2e5f499-2bd7-4026-a8d0-010f958f96ad");
        assertThat(staff.singleRole()).contains(StaffRole.COMPLIANCE);
    }
}
