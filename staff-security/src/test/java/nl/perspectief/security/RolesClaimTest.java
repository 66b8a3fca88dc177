package nl.perspectief.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class RolesClaimTest {

    private final RolesClaim keycloakRealmRoles = new RolesClaim("realm_access.roles");

    @Test
    void staff_roles_under_a_nested_claim_become_role_authorities() {
        Jwt token = token(Map.of("realm_access", Map.of("roles", List.of("MEDIATOR", "offline_access"))));

        assertThat(keycloakRealmRoles.convert(token)).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_MEDIATOR");
        assertThat(keycloakRealmRoles.rolesOf(token)).containsExactly(StaffRole.MEDIATOR);
    }

    @Test
    void a_provider_role_that_is_not_a_staff_role_grants_nothing() {
        Jwt token = token(Map.of("realm_access", Map.of("roles",
                List.of("default-roles-perspectief", "uma_authorization", "mediator", "ROLE_ADMIN"))));

        assertThat(keycloakRealmRoles.convert(token)).isEmpty();
    }

    @Test
    void a_missing_or_misshapen_roles_claim_grants_nothing() {
        assertThat(keycloakRealmRoles.convert(token(Map.of("scope", "openid")))).isEmpty();
        assertThat(keycloakRealmRoles.convert(token(Map.of("realm_access", "MEDIATOR")))).isEmpty();
        assertThat(keycloakRealmRoles.convert(token(Map.of("realm_access", Map.of("roles", "ADMIN"))))).isEmpty();
    }

    @Test
    void a_top_level_claim_works_for_providers_that_do_not_nest_roles() {
        Jwt token = token(Map.of("roles", List.of("DESK", "COMPLIANCE")));

        assertThat(new RolesClaim("roles").rolesOf(token)).containsExactlyInAnyOrder(StaffRole.DESK, StaffRole.COMPLIANCE);
    }

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("token").header("alg", "RS256").subject("3f1c0d7e")
                .issuedAt(Instant.parse("2026-11-23T10:00:00Z")).expiresAt(Instant.parse("2026-11-23T10:05:00Z"));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
