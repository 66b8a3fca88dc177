package nl.perspectief.intake.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class RolesClaimAuthoritiesTest {

    private static Jwt tokenWith(String claim, Object value) {
        return Jwt.withTokenValue("token").header("alg", "RS256").subject("staff-1")
                .issuedAt(Instant.parse("2026-03-14T09:00:00Z")).claim(claim, value).build();
    }

    private static List<String> authorities(RolesClaimAuthorities converter, Jwt jwt) {
        return converter.convert(jwt).stream().map(GrantedAuthority::getAuthority).toList();
    }

    @Test
    void turnsKeycloaksNestedRealmRolesIntoRoleAuthorities() {
        Jwt jwt = tokenWith("realm_access", Map.of("roles", List.of("ADMIN", "MEDIATOR")));

        assertThat(authorities(new RolesClaimAuthorities("realm_access.roles"), jwt))
                .containsExactly("ROLE_ADMIN", "ROLE_MEDIATOR");
    }

    @Test
    void readsATopLevelRolesClaimWhenConfiguredSo() {
        Jwt jwt = tokenWith("roles", List.of("COMPLIANCE"));

        assertThat(authorities(new RolesClaimAuthorities("roles"), jwt)).containsExactly("ROLE_COMPLIANCE");
    }

    @Test
    void grantsNothingWhenTheClaimIsMissingOrNotAList() {
        RolesClaimAuthorities converter = new RolesClaimAuthorities("realm_access.roles");

        assertThat(authorities(converter, tokenWith("realm_access", Map.of("roles", "ADMIN")))).isEmpty();
        assertThat(authorities(converter, tokenWith("realm_access", "ADMIN"))).isEmpty();
        assertThat(authorities(converter, tokenWith("resource_access", Map.of("roles", List.of("ADMIN"))))).isEmpty();
    }
}
