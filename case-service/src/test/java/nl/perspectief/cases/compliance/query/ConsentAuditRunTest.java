package nl.perspectief.cases.compliance.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.perspectief.cases.casefile.api.ConsentPurpose;
import nl.perspectief.cases.casefile.api.ConsentProofView;
import nl.perspectief.cases.casefile.api.ConsentProofView.NeededConsent;
import nl.perspectief.cases.casefile.api.ConsentProofView.StepProof;
import nl.perspectief.cases.compliance.api.ConsentAuditView;

/** An audit counts every case, keeps only the consents a step lacked, and names a case it could not replay. */
class ConsentAuditRunTest {

    private static final Instant AT = Instant.parse("2026-05-12T13:00:00Z");

    @Test
    void reportsTheMissingConsentsOfAStepAndNamesACaseItCouldNotReplay() {
        UUID planted = UUID.randomUUID();
        UUID broken = UUID.randomUUID();
        UUID party = UUID.randomUUID();
        NeededConsent missing = new NeededConsent(party, ConsentPurpose.TAKING_PART, null, null, null);
        ConsentAuditRun run = new ConsentAuditRun(UUID.randomUUID(), "compliance", AT);
        run.begin(3);

        run.add(UUID.randomUUID(), Optional.of(new ConsentProofView(UUID.randomUUID(), 9, List.of())));
        run.add(planted, Optional.of(new ConsentProofView(planted, 4, List.of(
                new StepProof(3, "event-3", "MEETING_SCHEDULED", AT, AT, null, List.of(missing))))));
        run.unreplayable(broken);
        run.finish(AT.plusSeconds(2), null);
        ConsentAuditView view = run.view();

        assertThat(view.casesDone()).isEqualTo(view.casesTotal()).isEqualTo(3);
        assertThat(view.eventsReplayed()).isEqualTo(13);
        assertThat(view.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.caseId()).isEqualTo(planted);
            assertThat(violation.sequence()).isEqualTo(3);
            assertThat(violation.missing()).containsExactly(missing);
        });
        assertThat(view.unreplayable()).containsExactly(broken);
        assertThat(view.running()).isFalse();
    }
}
