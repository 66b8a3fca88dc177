package nl.perspectief.cases.casefile.query;

import static nl.perspectief.cases.casefile.CaseFixtures.caseOpened;
import static nl.perspectief.cases.casefile.CaseFixtures.openCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.perspectief.cases.RunningCaseService;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CaseSource;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.casefile.api.StaffRole;
import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.CaseView;
import nl.perspectief.cases.casefile.api.FindCaseByRegistrationReferenceQuery;
import nl.perspectief.cases.casefile.api.FindCaseQuery;
import nl.perspectief.cases.casefile.api.OpenCaseFromRegistrationCommand;

class CaseOverviewProjectionIT extends RunningCaseService {

    @Autowired
    private CaseOverviewProjection projection;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void answersTheOpenedCaseDecrypted() {
        CaseOpenedEvent opened = caseOpened(openCase(UUID.randomUUID(), "PH-2026-80001"));

        projection.on(opened);

        CaseView view = find(new FindCaseQuery(opened.caseId())).orElseThrow();
        assertThat(view.status()).isEqualTo(CaseStatus.AWAITING_TRIAGE);
        assertThat(view.registrationId()).isEqualTo(opened.registrationId());
        assertThat(view.openedAt()).isEqualTo(opened.openedAt());
        assertThat(view.applicant().fullName()).isEqualTo("Julia de Vries");
        assertThat(view.applicant().postalAddress().city()).isEqualTo("Utrecht");
        assertThat(view.otherParty().relationship()).isEqualTo("family friend, tutor");
        assertThat(view.story()).isEqualTo(opened.story().text());
    }

    @Test
    void projectsACaseTheDeskOpenedWithoutARegistration() {
        CaseOpenedEvent fromRegistration = caseOpened(openCase(UUID.randomUUID(), "PH-2026-80009"));
        CaseOpenedEvent byDesk = new CaseOpenedEvent(UUID.randomUUID(), null, null, CaseSource.PHONE,
                fromRegistration.submittedAt(), fromRegistration.openedAt(), fromRegistration.applicant(),
                fromRegistration.otherParty(), fromRegistration.incident(), fromRegistration.story(), null,
                CaseStatus.AWAITING_TRIAGE, new StaffMember("desk-sanne", StaffRole.DESK));
        CaseOpenedEvent anotherByDesk = new CaseOpenedEvent(UUID.randomUUID(), null, null, CaseSource.EMAIL,
                byDesk.submittedAt(), byDesk.openedAt(), byDesk.applicant(), byDesk.otherParty(), byDesk.incident(),
                byDesk.story(), null, CaseStatus.AWAITING_TRIAGE, byDesk.openedBy());

        projection.on(byDesk);
        projection.on(anotherByDesk);

        assertThat(find(new FindCaseQuery(byDesk.caseId()))).hasValueSatisfying(view -> {
            assertThat(view.source()).isEqualTo(CaseSource.PHONE);
            assertThat(view.registrationReference()).isNull();
            assertThat(view.applicant().fullName()).isEqualTo("Julia de Vries");
        });
        assertThat(find(new FindCaseQuery(anotherByDesk.caseId()))).isPresent();
    }

    @Test
    void answersTheCaseOfARegistrationReference() {
        CaseOpenedEvent opened = caseOpened(openCase(UUID.randomUUID(), "PH-2026-80002"));

        projection.on(opened);

        assertThat(find(new FindCaseByRegistrationReferenceQuery("PH-2026-80002")))
                .map(CaseView::caseId).contains(opened.caseId());
    }

    @Test
    void answersNothingForACaseItNeverSaw() {
        assertThat(find(new FindCaseQuery(UUID.randomUUID()))).isEmpty();
        assertThat(find(new FindCaseByRegistrationReferenceQuery("PH-1999-99999"))).isEmpty();
    }

    @Test
    void keepsOneRowWhenAnEventIsProjectedAgain() {
        CaseOpenedEvent opened = caseOpened(openCase(UUID.randomUUID(), "PH-2026-80003"));

        projection.on(opened);
        projection.on(opened);

        assertThat(jdbc.sql("select count(*) from case_overview where case_id = ?").param(opened.caseId())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void storesThePersonalPartEncrypted() {
        CaseOpenedEvent opened = caseOpened(openCase(UUID.randomUUID(), "PH-2026-80004"));

        projection.on(opened);

        byte[] details = jdbc.sql("select details from case_overview where case_id = ?").param(opened.caseId())
                .query(byte[].class).single();
        assertThat(new String(details, StandardCharsets.UTF_8))
                .contains("SEXUAL_TRANSGRESSION")
                .doesNotContain("Julia", "julia@example.org", "Oudegracht", "Peter", "tutor");
    }

    @Test
    void rebuildsTheOverviewByReplayAfterAReset() {
        OpenCaseFromRegistrationCommand open = openCase(UUID.randomUUID(), "PH-2026-80005");
        commands.sendAndWait(open);
        await().atMost(Duration.ofSeconds(30)).until(() -> find(new FindCaseQuery(open.caseId())).isPresent());
        jdbc.sql("update case_overview set registration_reference = 'PH-0000-00000' where case_id = ?")
                .param(open.caseId()).update();

        TrackingEventProcessor processor = processing
                .eventProcessor(CaseOverviewProjection.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(find(new FindCaseQuery(open.caseId()))).map(CaseView::registrationReference)
                        .contains("PH-2026-80005"));
    }

    private Optional<CaseView> find(Object query) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(CaseView.class)).join();
    }
}
