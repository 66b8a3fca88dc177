package nl.perspectief.security;

/**
 * The five roles of Perspectief's staff (ARCHITECTURE.md), as the provider's roles claim names them.
 * Other roles a provider adds on its own (Keycloak's {@code offline_access}, {@code default-roles-*}) are
 * not staff roles and grant nothing here.
 */
public enum StaffRole {
    /** The registration desk (Aanmeldpunt): triage. */
    DESK,
    /** Runs the cases assigned to them. */
    MEDIATOR,
    /** Runs courses. */
    TRAINER,
    /** Audits: reads every case, changes none. */
    COMPLIANCE,
    /** Manages staff accounts and the running system; sees no case content. */
    ADMIN;

    /** The Spring Security authority of this role, as {@code hasRole(name())} expects it. */
    public String authority() {
        return "ROLE_" + name();
    }
}
