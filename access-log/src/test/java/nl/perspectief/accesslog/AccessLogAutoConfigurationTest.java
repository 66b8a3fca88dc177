package nl.perspectief.accesslog;

import static nl.perspectief.accesslog.AccessLogFixtures.detailRead;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.perspectief.accesslog.TestDatabase.AccessLogDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class AccessLogAutoConfigurationTest {

    private final AccessLogDatabase database = TestDatabase.fresh();
    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AccessLogAutoConfiguration.class))
            .withPropertyValues("spring.application.name=case-service");

    @Test
    void givesAServiceWithADatabaseItsAccessLogNamedAfterIt() {
        service.withBean(DataSource.class, database::app).run(context -> {
            assertThat(context).hasNotFailed();
            AccessLog accessLog = context.getBean(AccessLog.class);

            accessLog.append(detailRead("subject-a", UUID.randomUUID()));

            assertThat(accessLog.search(AccessLogQuery.latest(1)).entries().getFirst().service()).isEqualTo("case-service");
        });
    }

    @Test
    void writesTheConfiguredServiceNameOverTheApplicationsName() {
        service.withBean(DataSource.class, database::app)
                .withPropertyValues("perspectief.access-log.service=case-service-eu")
                .run(context -> {
                    AccessLog accessLog = context.getBean(AccessLog.class);
                    accessLog.append(detailRead("subject-a", UUID.randomUUID()));
                    assertThat(accessLog.search(AccessLogQuery.latest(1)).entries().getFirst().service()).isEqualTo("case-service-eu");
                });
    }

    @Test
    void countsAppendsWhereTheServiceHasMicrometer() {
        service.withBean(DataSource.class, database::app).withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> {
                    context.getBean(AccessLog.class).append(detailRead("subject-a", UUID.randomUUID()));

                    assertThat(context.getBean(MeterRegistry.class).get(AppendCounter.NAME)
                            .tags("resource", "CASE_DETAIL", "outcome", "ALLOWED").counter().count()).isEqualTo(1);
                });
    }

    @Test
    void refusesToStartAsADatabaseUserThatMayRewriteTheLog() {
        service.withBean(DataSource.class, database::owner).run(context -> assertThat(context).getFailure()
                .hasMessageContaining("The database user " + TestDatabase.OWNER + " may UPDATE, DELETE or TRUNCATE access_log")
                .hasMessageContaining("spring.flyway.placeholders.app_user"));
    }

    @Test
    void startsAsTheOwnerOnlyWhenTheCheckIsSwitchedOff() {
        service.withBean(DataSource.class, database::owner)
                .withPropertyValues("perspectief.access-log.require-append-only-user=false")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(AccessLog.class));
    }

    @Test
    void refusesToStartWithoutTheAccessLogTable() {
        service.withBean(DataSource.class, TestDatabase.empty()::app).run(context -> assertThat(context).getFailure()
                .hasMessageContaining("add classpath:db/access-log to spring.flyway.locations"));
    }

    @Test
    void refusesToStartWithoutAServiceName() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(AccessLogAutoConfiguration.class))
                .withBean(DataSource.class, database::app)
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("perspectief.access-log.service"));
    }

    @Test
    void staysAwayFromAnApplicationWithoutADatabase() {
        service.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(AccessLog.class));
    }
}
