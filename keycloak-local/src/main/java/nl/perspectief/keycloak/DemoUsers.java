package nl.perspectief.keycloak;

import java.util.UUID;

/**
 * The demo users of the realm files, for local use and tests only. Their ids are fixed in the realm files, so
 * a test can name the subject ({@code sub}) a token will carry, e.g. the mediator a case is assigned to.
 */
public enum DemoUsers {

    DESK(Realms.PERSPECTIEF, "desk", "87ecf8a6-d8ac-4d18-b04b-924bdce04b11", "DESK"),
    MEDIATOR_ANNA(Realms.PERSPECTIEF, "mediator.anna", "f2e5f499-2bd7-4026-a8d0-010f958f96ad", "MEDIATOR"),
    MEDIATOR_BRAM(Realms.PERSPECTIEF, "mediator.bram", "096519d7-21e0-4cc4-b28f-6e6834ace4b7", "MEDIATOR"),
    TRAINER(Realms.PERSPECTIEF, "trainer", "8cd2be8d-58a4-4902-9b4c-effe317ee43f", "TRAINER"),
    COMPLIANCE(Realms.PERSPECTIEF, "compliance", "2d8b1e57-ee2e-41a3-9187-e997d2068cea", "COMPLIANCE"),
    ADMIN(Realms.PERSPECTIEF, "admin", "e66cf552-dd81-4d72-8964-bdc4a29b1652", "ADMIN"),
    /** A mediator of the other issuer: same role name, tokens the services must refuse. */
    MEDIATOR_ELSEWHERE(Realms.ELSEWHERE, "mediator.elsewhere", "692a13e4-e0a9-400f-b241-e058bdcf37f2", "MEDIATOR");

    private final String realm;
    private final String username;
    private final UUID id;
    private final String role;

    DemoUsers(String realm, String username, String id, String role) {
        this.realm = realm;
        this.username = username;
        this.id = UUID.fromString(id);
        this.role = role;
    }

    public String realm() {
        return realm;
    }

    public String username() {
        return username;
    }

    /** Every demo password is the username followed by {@code -demo}. */
    public String password() {
        return username + "-demo";
    }

    /** The user's id in Keycloak: the {@code sub} of their tokens. */
    public UUID id() {
        return id;
    }

    /** Their one realm role, as it arrives in {@code realm_access.roles}. */
    public String role() {
        return role;
    }
}
