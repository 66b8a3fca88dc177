package nl.perspectief.personaldata;

import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/** Crypto-shredding for a service: {@code @Import} it and set {@code perspectief.personal-data.master-key}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PersonalDataProperties.class)
public class PersonalDataConfiguration {

    @Bean
    MasterKey masterKey(PersonalDataProperties properties) {
        // fails the start-up, naming PERSPECTIEF_MASTER_KEY, rather than run without encryption
        return MasterKey.fromBase64(properties.masterKey());
    }

    @Bean
    SubjectKeys subjectKeys(DataSource dataSource, MasterKey masterKey) {
        return new JdbcSubjectKeys(dataSource, masterKey);
    }

    @Bean
    SubjectCipher subjectCipher(SubjectKeys subjectKeys) {
        return new SubjectCipher(subjectKeys);
    }

    @Bean
    StoredPersonalData storedPersonalData(SubjectKeys subjectKeys) {
        return new StoredPersonalData(subjectKeys);
    }

    @Bean
    PersonalDataModule personalDataModule(SubjectKeys subjectKeys) {
        return new PersonalDataModule(subjectKeys);
    }

    /** For documents that hold personal data at rest (read models); not meant to replace the web's mapper. */
    @Bean(defaultCandidate = false)
    JsonMapper personalDataJsonMapper(PersonalDataModule personalDataModule) {
        return JsonMapper.builder()
                .addModule(personalDataModule)
                // Jackson 3 already writes ISO-8601; said explicitly because read models rely on it
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }
}
