package nl.perspectief.accesslog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import nl.perspectief.accesslog.AccessLog;
import nl.perspectief.accesslog.AccessLogEntry;
import nl.perspectief.accesslog.AccessLogQuery;
import nl.perspectief.accesslog.AccessOutcome;
import nl.perspectief.accesslog.AccessRecord;
import nl.perspectief.accesslog.AccessedResource;
import nl.perspectief.accesslog.TestDatabase;
import nl.perspectief.accesslog.TestDatabase.AccessLogDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(classes = AccessLogTestApplication.class)
@AutoConfigureMockMvc
class AccessLogApiTest {

    private static final AccessLogDatabase database = TestDatabase.empty();

    @DynamicPropertySource
    static void wiredAsTheReadmeSays(DynamicPropertyRegistry properties) {
        wireAsTheReadmeSays(properties, database);
    }

    static void wireAsTheReadmeSays(DynamicPropertyRegistry properties, AccessLogDatabase database) {
        properties.add("spring.application.name", () -> "case-service");
        properties.add("spring.datasource.url", database::url);
        properties.add("spring.datasource.username", () -> TestDatabase.APP_USER);
        properties.add("spring.flyway.user", () -> TestDatabase.OWNER);
        properties.add("spring.flyway.locations", () -> "classpath:db/access-log");
        properties.add("spring.flyway.placeholders.app_user", () -> TestDatabase.APP_USER);
    }

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AccessLog accessLog;

    @Autowired
    private AccessLogTestApplication.TestActor actor;

    @Autowired
    private MeterRegistry meterRegistry;

    @Autowired
    private DataSource dataSource;

    @Test
    void runsAsTheApplicationUserWithTheSchemaMigratedByTheOwner() {
        String user = JdbcClient.create(dataSource).sql("select current_user").query(String.class).single();
        String owner = JdbcClient.create(dataSource).sql("select tableowner from pg_tables where tablename = 'access_log'")
                .query(String.class).single();

        assertThat(user).isEqualTo(TestDatabase.APP_USER);
        assertThat(owner).isEqualTo(TestDatabase.OWNER);
    }

    @Test
    void searchesTheRecordsOfACaseNewestFirst() throws Exception {
        UUID caseId = UUID.randomUUID();
        accessLog.append(AccessRecord.of("mediator-1", "MEDIATOR", caseId, AccessedResource.CASE_DETAIL, AccessOutcome.ALLOWED));
        accessLog.append(AccessRecord.of("mediator-2", "MEDIATOR", UUID.randomUUID(), AccessedResource.CASE_DETAIL, AccessOutcome.ALLOWED));
        accessLog.append(AccessRecord.of("mediator-2", "MEDIATOR", caseId, AccessedResource.CASE_TIMELINE, AccessOutcome.NOT_FOUND));

        mvc.perform(get(AccessLogController.PATH).param("caseId", caseId.toString()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                // the search of the case's records is a record of that case too, appended before the answer
                .andExpect(jsonPath("$.entries[*].actorSubject", contains("compliance-officer-1", "mediator-2", "mediator-1")))
                .andExpect(jsonPath("$.entries[0].resource").value("ACCESS_LOG"))
                .andExpect(jsonPath("$.entries[1].resource").value("CASE_TIMELINE"))
                .andExpect(jsonPath("$.entries[1].outcome").value("NOT_FOUND"))
                .andExpect(jsonPath("$.entries[1].service").value("case-service"))
                .andExpect(jsonPath("$.entries[1].occurredAt").isString())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(AccessLogQuery.DEFAULT_SIZE))
                .andExpect(jsonPath("$.hasNext").value(false));
    }

    @Test
    void searchesByActorAndPeriodInPages() throws Exception {
        String mediator = "mediator-" + UUID.randomUUID();
        long first = accessLog.append(AccessRecord.of(mediator, "MEDIATOR", UUID.randomUUID(), AccessedResource.CASE_LIST, AccessOutcome.ALLOWED));
        long second = accessLog.append(AccessRecord.of(mediator, "MEDIATOR", UUID.randomUUID(), AccessedResource.CASE_LIST, AccessOutcome.ALLOWED));
        long third = accessLog.append(AccessRecord.of(mediator, "MEDIATOR", UUID.randomUUID(), AccessedResource.CASE_LIST, AccessOutcome.ALLOWED));

        mvc.perform(get(AccessLogController.PATH).param("actor", mediator)
                        .param("from", "2020-01-01T00:00:00Z").param("to", "2999-01-01T00:00:00Z")
                        .param("page", "0").param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[*].position", contains((int) third, (int) second)))
                .andExpect(jsonPath("$.hasNext").value(true));
        mvc.perform(get(AccessLogController.PATH).param("actor", mediator).param("page", "1").param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[*].position", contains((int) first)))
                .andExpect(jsonPath("$.hasNext").value(false));
        mvc.perform(get(AccessLogController.PATH).param("actor", mediator).param("to", "2020-01-01T00:00:00Z"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries").isEmpty());
    }

    @Test
    void logsEverySearchOfTheLogWithWhoSearchedAndForWhichCase() throws Exception {
        UUID caseId = UUID.randomUUID();
        actor.actAs("compliance-officer-7");
        double countedBefore = searchesCounted();

        try {
            mvc.perform(get(AccessLogController.PATH).param("caseId", caseId.toString())).andExpect(status().isOk());
        } finally {
            actor.actAs("compliance-officer-1");
        }

        AccessLogEntry logged = accessLog.search(AccessLogQuery.latest(1)).entries().getFirst();
        assertThat(logged).extracting(AccessLogEntry::actorSubject, AccessLogEntry::actorRole, AccessLogEntry::caseId,
                        AccessLogEntry::resource, AccessLogEntry::outcome, AccessLogEntry::requestId)
                .containsExactly("compliance-officer-7", "COMPLIANCE", caseId, AccessedResource.ACCESS_LOG,
                        AccessOutcome.ALLOWED, "request-of-compliance-officer-7");
        assertThat(searchesCounted()).isEqualTo(countedBefore + 1);
    }

    private double searchesCounted() {
        var counter = meterRegistry.find("perspectief.access.log.appends").tags("resource", "ACCESS_LOG", "outcome", "ALLOWED").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void showsTheSearchItselfInItsOwnAnswer() throws Exception {
        mvc.perform(get(AccessLogController.PATH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].resource").value("ACCESS_LOG"))
                .andExpect(jsonPath("$.entries[0].actorSubject").value("compliance-officer-1"));
    }

    @Test
    void reportsAnIntactChainUpToItsOwnRecordAndLogsTheVerification() throws Exception {
        accessLog.append(AccessRecord.of("mediator-1", "MEDIATOR", UUID.randomUUID(), AccessedResource.CASE_DETAIL, AccessOutcome.ALLOWED));

        String answer = mvc.perform(get(AccessLogController.PATH + AccessLogController.VERIFICATION))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.firstBrokenPosition").value(nullValue()))
                .andExpect(jsonPath("$.reason").value(nullValue()))
                .andExpect(jsonPath("$.headHash").isString())
                .andReturn().getResponse().getContentAsString();

        AccessLogEntry verification = accessLog.search(AccessLogQuery.latest(1)).entries().getFirst();
        assertThat(verification.resource()).isEqualTo(AccessedResource.ACCESS_LOG_VERIFICATION);
        assertThat(answer).contains("\"recordsChecked\":" + verification.position(), "\"headPosition\":" + verification.position());
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStartsNamingTheParameterAndLogsTheRefusal() throws Exception {
        UUID caseId = UUID.randomUUID();

        mvc.perform(get(AccessLogController.PATH).param("caseId", caseId.toString())
                        .param("from", "2026-11-22T10:00:00Z").param("to", "2026-11-21T10:00:00Z"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://perspectief.nl/problems/validation"))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").isString())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].rule").value("FromNotAfterTo"));

        AccessLogEntry logged = accessLog.search(AccessLogQuery.latest(1)).entries().getFirst();
        assertThat(logged.outcome()).isEqualTo(AccessOutcome.REJECTED);
        assertThat(logged.caseId()).isEqualTo(caseId);
    }

    @Test
    void takesEmptyParametersOfASearchFormAsNoFilter() throws Exception {
        mvc.perform(get(AccessLogController.PATH).param("caseId", "").param("actor", "").param("from", "").param("to", ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].resource").value("ACCESS_LOG"))
                .andExpect(jsonPath("$.entries[0].caseId").value(nullValue()));
    }

    @Test
    void refusesPagesLargerThanTwoHundred() throws Exception {
        mvc.perform(get(AccessLogController.PATH).param("size", "201"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("size")))
                .andExpect(jsonPath("$.errors[0].rule").value("Range"));
    }

    @Test
    void refusesParametersOfTheWrongTypeNamingEachAndLogsTheRefusal() throws Exception {
        mvc.perform(get(AccessLogController.PATH).param("caseId", "not-a-case"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("caseId"))
                .andExpect(jsonPath("$.errors[0].rule").value("Type"));
        mvc.perform(get(AccessLogController.PATH).param("from", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("from")));
        mvc.perform(get(AccessLogController.PATH).param("size", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("size")));

        assertThat(accessLog.search(AccessLogQuery.latest(3)).entries())
                .allSatisfy(entry -> assertThat(entry.outcome()).isEqualTo(AccessOutcome.REJECTED));
    }
}
