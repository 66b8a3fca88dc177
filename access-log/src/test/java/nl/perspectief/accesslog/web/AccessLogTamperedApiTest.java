package nl.perspectief.accesslog.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import nl.perspectief.accesslog.AccessLog;
import nl.perspectief.accesslog.AccessOutcome;
import nl.perspectief.accesslog.AccessRecord;
import nl.perspectief.accesslog.AccessedResource;
import nl.perspectief.accesslog.TestDatabase;
import nl.perspectief.accesslog.TestDatabase.AccessLogDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A chain of its own, since tampering with it breaks it for good. */
@SpringBootTest(classes = AccessLogTestApplication.class)
@AutoConfigureMockMvc
class AccessLogTamperedApiTest {

    private static final AccessLogDatabase database = TestDatabase.empty();

    @DynamicPropertySource
    static void wiredAsTheReadmeSays(DynamicPropertyRegistry properties) {
        AccessLogApiTest.wireAsTheReadmeSays(properties, database);
    }

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AccessLog accessLog;

    @Test
    void reportsWhereATamperedChainBreaks() throws Exception {
        accessLog.append(AccessRecord.of("mediator-1", "MEDIATOR", UUID.randomUUID(), AccessedResource.CASE_DETAIL, AccessOutcome.ALLOWED));
        accessLog.append(AccessRecord.of("mediator-1", "MEDIATOR", UUID.randomUUID(), AccessedResource.CASE_DETAIL, AccessOutcome.ALLOWED));
        JdbcClient superuser = JdbcClient.create(database.superuser());
        superuser.sql("alter table access_log disable trigger access_log_append_only").update();
        superuser.sql("update access_log set outcome = 'FORBIDDEN' where position = 2").update();
        superuser.sql("alter table access_log enable trigger access_log_append_only").update();

        mvc.perform(get(AccessLogController.PATH + AccessLogController.VERIFICATION))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.firstBrokenPosition").value(2))
                .andExpect(jsonPath("$.reason").value("HASH_MISMATCH"))
                .andExpect(jsonPath("$.recordsChecked").value(1));
    }
}
