package nl.perspectief.training.session.command;

import static nl.perspectief.training.session.SessionFixtures.AT;
import static nl.perspectief.training.session.SessionFixtures.DAY_ONE;
import static nl.perspectief.training.session.SessionFixtures.TRAINER;
import static nl.perspectief.training.session.SessionFixtures.history;
import static nl.perspectief.training.session.SessionFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import nl.perspectief.personaldata.PersonalDataModule;
import nl.perspectief.training.session.InMemorySubjectKeys;
import nl.perspectief.training.session.SessionFixtures;
import nl.perspectief.training.session.SessionFixtures.Person;
import nl.perspectief.training.session.api.AttendanceMark;
import nl.perspectief.training.session.api.EnrolmentStatus;
import nl.perspectief.training.session.api.RecordAttendanceCommand;
import nl.perspectief.training.session.api.SessionStartedEvent;
import nl.perspectief.training.session.api.WaitingListReorderedEvent;

/**
 * Should Axon keep snapshots of sessions, it stores the {@link CourseSession} itself through the service's Jackson 3
 * serializer: the session must behave the same from a snapshot as from its history, and a snapshot names nobody.
 */
class CourseSessionSnapshotTest {

    private final InMemorySubjectKeys keys = new InMemorySubjectKeys();
    private final Jackson3Serializer serializer = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(builder -> builder.addModule(new PersonalDataModule(keys)))
            .build();
    private final SessionFixtures session = new SessionFixtures();
    private final Person anna = person("Anna");
    private final Person bram = person("Bram");
    private final Person cem = person("Cem");
    private final Person dewi = person("Dewi");

    private List<Object> busyHistory() {
        return history(session.planned(2), session.opened(), session.enrolled(anna), session.enrolled(bram),
                session.waiting(cem, 1), session.waiting(dewi, 2),
                new WaitingListReorderedEvent(session.sessionId, dewi.enrolmentId(), dewi.participantId(), 2, 1,
                        "Her probation conditions require it", TRAINER, AT),
                session.cancelled(anna, EnrolmentStatus.CONFIRMED, AT), session.offered(dewi, 1, AT));
    }

    private CourseSession stateAfter(List<Object> events) {
        AtomicReference<CourseSession> state = new AtomicReference<>();
        new AggregateTestFixture<>(CourseSession.class)
                .given(events)
                .when(session.request(bram, AT))
                .expectNoEvents()
                .expectState(state::set);
        return state.get();
    }

    private CourseSession restored(CourseSession state) {
        return serializer.deserialize(serializer.serialize(state, byte[].class));
    }

    @Test
    void aSnapshotNamesNobody() {
        String snapshot = new String(serializer.serialize(stateAfter(busyHistory()), byte[].class).getData(),
                StandardCharsets.UTF_8);

        assertThat(snapshot).contains(anna.participantId().toString(), "ciphertext")
                .doesNotContain("Anna", "Bram", anna.personKey(), bram.personKey(),
                        bram.details().professionalRegistrationNumber());
    }

    @Test
    void aSessionFromItsSnapshotHasTheStateOfItsHistory() {
        CourseSession fromHistory = stateAfter(busyHistory());

        assertThat(restored(fromHistory)).usingRecursiveComparison().isEqualTo(fromHistory);
    }

    @Test
    void aSessionFromItsSnapshotStillKnowsWhoIsEnrolled() {
        CourseSession fromHistory = stateAfter(busyHistory());

        new AggregateTestFixture<>(CourseSession.class)
                .givenState(() -> restored(fromHistory))
                .when(session.request(bram.again(), AT))
                .expectException(AlreadyEnrolledException.class);
    }

    @Test
    void aSessionFromItsSnapshotKeepsItsMarks() {
        CourseSession fromHistory = stateAfter(history(busyHistory(),
                new SessionStartedEvent(session.sessionId, TRAINER, SessionFixtures.ON_DAY_ONE),
                session.marked(bram, DAY_ONE, AttendanceMark.PRESENT)));

        new AggregateTestFixture<>(CourseSession.class)
                .givenState(() -> restored(fromHistory))
                .when(new RecordAttendanceCommand(session.sessionId, DAY_ONE,
                        bram.enrolmentId(), AttendanceMark.PRESENT, TRAINER, SessionFixtures.ON_DAY_ONE))
                .expectNoEvents();
    }
}
