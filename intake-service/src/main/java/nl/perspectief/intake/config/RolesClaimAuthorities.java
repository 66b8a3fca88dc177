package nl.perspectief.intake.config;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The roles in the token's roles claim as authorities {@code ROLE_<name>}. Spring Security's own
 * converter reads only top-level claims; Keycloak nests realm roles one level down.
 */
final class RolesClaimAuthorities implements Converter<Jwt, Collection<GrantedAuthority>> {

    private final List<String> path;

    RolesClaimAuthorities(String claim) {
        this.path = List.of(claim.split("\\."));
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        Object value = jwt.getClaims();
        for (String name : path) {
            if (!(value instanceof Map<?, ?> claims)) {
                return List.of();
            }
            value = claims.get(name);
        }
        if (!(value instanceof Collection<?> roles)) {
            return List.of();
        }
        return roles.stream().filter(String.class::isInstance)
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }
}
