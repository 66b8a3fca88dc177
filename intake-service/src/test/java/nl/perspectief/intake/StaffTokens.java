package nl.perspectief.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Access tokens as the provider signs them (RS256, Keycloak's realm roles under {@code realm_access.roles}),
 * and a decoder that trusts only this key and issuer: the provider itself is not needed to test who may do what.
 */
public final class StaffTokens {

    public static final String ISSUER = "http://localhost:8180/realms/perspectief";
    private static final RSAKey KEY = generate();

    public static JwtDecoder decoder() {
        try {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
            return decoder;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token of a staff member with these roles, valid for five minutes. */
    public static String withRoles(String... roles) {
        return sign(ISSUER, Instant.now().plus(Duration.ofMinutes(5)), roles);
    }

    /** Expired ten minutes ago: beyond any clock skew a validator allows. */
    public static String expired(String... roles) {
        return sign(ISSUER, Instant.now().minus(Duration.ofMinutes(10)), roles);
    }

    public static String fromAnotherIssuer(String... roles) {
        return sign("http://localhost:8180/realms/somewhere-else", Instant.now().plus(Duration.ofMinutes(5)), roles);
    }

    private static String sign(String issuer, Instant expiresAt, String... roles) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(UUID.randomUUID().toString())
                .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(5))))
                .expirationTime(Date.from(expiresAt))
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(KEY));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-signing-key").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private StaffTokens() {
    }
}
