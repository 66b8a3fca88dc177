package nl.perspectief.security.pages;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;

import nl.perspectief.security.RolesClaim;
import nl.perspectief.security.StaffRole;

/**
 * The staff roles of a page session, read from the same roles claim as the APIs' tokens: in the ID token, or
 * in the userinfo answer when the provider puts them there. Only the five {@link StaffRole}s become
 * authorities; Spring's own ({@code OIDC_USER}, {@code SCOPE_…}) are dropped, so a page session holds exactly
 * what a bearer token of the same person would.
 */
public final class StaffRolesFromOidcLogin implements GrantedAuthoritiesMapper {

    private final RolesClaim rolesClaim;

    public StaffRolesFromOidcLogin(RolesClaim rolesClaim) {
        this.rolesClaim = rolesClaim;
    }

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                roles.addAll(rolesClaim.rolesOf(oidc.getIdToken().getClaims()));
                if (oidc.getUserInfo() != null) {
                    roles.addAll(rolesClaim.rolesOf(oidc.getUserInfo().getClaims()));
                }
            } else if (authority instanceof OAuth2UserAuthority oauth2) {
                roles.addAll(rolesClaim.rolesOf(oauth2.getAttributes()));
            }
        }
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }
}
