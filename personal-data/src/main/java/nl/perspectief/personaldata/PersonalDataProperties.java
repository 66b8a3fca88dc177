package nl.perspectief.personaldata;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code perspectief.personal-data}.
 *
 * @param masterKey base64 of 32 random bytes; services set it from {@code PERSPECTIEF_MASTER_KEY}
 */
@ConfigurationProperties("perspectief.personal-data")
public record PersonalDataProperties(String masterKey) {

    @Override
    public String toString() {
        return "PersonalDataProperties[masterKey=hidden]";
    }
}
