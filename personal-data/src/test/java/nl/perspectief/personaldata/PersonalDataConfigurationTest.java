package nl.perspectief.personaldata;

import static nl.perspectief.personaldata.PersonalDataFixtures.CANARY_NAME;
import static nl.perspectief.personaldata.PersonalDataFixtures.applicantRegistered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.perspectief.personaldata.PersonalDataFixtures.ApplicantRegisteredEvent;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import tools.jackson.databind.json.JsonMapper;

class PersonalDataConfigurationTest {


    private static AnnotationConfigApplicationContext start(Map<String, Object> properties) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
        context.registerBean(DataSource.class, TestDatabase::dataSource);
        context.register(PersonalDataConfiguration.class);
        context.refresh();
        return context;
    }

    @Test
    void givesServicesAMapperThatEncryptsPersonalData() {
        String masterKey = Base64.getEncoder().encodeToString(PersonalDataFixtures.newMasterKey().secretKey().getEncoded());

        try (AnnotationConfigApplicationContext context = start(Map.of("perspectief.personal-data.master-key", masterKey))) {
            JsonMapper mapper = context.getBean("personalDataJsonMapper", JsonMapper.class);
            ApplicantRegisteredEvent event = applicantRegistered(UUID.randomUUID());

            byte[] written = mapper.writeValueAsBytes(event);

            assertThat(new String(written, StandardCharsets.UTF_8)).doesNotContain(CANARY_NAME);
            assertThat(mapper.readValue(written, ApplicantRegisteredEvent.class)).isEqualTo(event);
            assertThat(context.getBean(SubjectKeys.class)).isInstanceOf(JdbcSubjectKeys.class);
            assertThat(context.getBean(PersonalDataModule.class)).isNotNull();
        }
    }

    @Test
    void refusesToStartWithoutAMasterKey() {
        assertThatThrownBy(() -> start(Map.of("perspectief.personal-data.master-key", "")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause().hasMessageContaining("PERSPECTIEF_MASTER_KEY");
        assertThatThrownBy(() -> start(Map.of()))
                .rootCause().hasMessageContaining("PERSPECTIEF_MASTER_KEY");
    }
}
