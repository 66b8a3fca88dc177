package nl.perspectief.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads the staff roles from a token's roles claim, a dotted path into nested claims because providers
 * nest them (Keycloak: {@code realm_access.roles}). Only the five {@link StaffRole}s become authorities;
 * anything else under that claim, or a claim of the wrong shape, grants nothing.
 */
public final class RolesClaim implements Converter<Jwt, Collection<GrantedAuthority>> {

    private final List<String> path;

    public RolesClaim(String dottedPath) {
        this.path = Arrays.asList(dottedPath.split("\\."));
    }

    /** The staff roles the token carries; empty when it carries none. */
    public Set<StaffRole> rolesOf(Jwt jwt) {
        return rolesOf(jwt.getClaims());
    }

    /** The staff roles in a set of claims: an access token's, an ID token's or the userinfo answer's. */
    public Set<StaffRole> rolesOf(Map<String, Object> claims) {
        Object node = claims;
        for (String name : path) {
            if (!(node instanceof Map<?, ?> level)) {
                return Set.of();
            }
            node = level.get(name);
        }
        if (!(node instanceof Collection<?> values)) {
            return Set.of();
        }
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (StaffRole role : StaffRole.values()) {
            if (values.contains(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        return rolesOf(jwt).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }
}
