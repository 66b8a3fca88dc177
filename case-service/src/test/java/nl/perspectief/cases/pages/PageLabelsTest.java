package nl.perspectief.cases.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import nl.perspectief.cases.casefile.api.CaseEvent;
import nl.perspectief.cases.casefile.api.CorrespondenceStep;
import nl.perspectief.cases.casefile.api.DeliveryChannel;
import nl.perspectief.cases.casefile.web.PageLabels;

/**
 * Every name of the API the pages show has its words in both languages: each value of each enum in
 * {@link PageLabels#SHOWN}, each kind of step on the timeline (one per event, its code the event's name in
 * capitals, and the correspondence's steps messaging-service reports), and each way a message is delivered. The
 * files are read as they are, so an English label missing is not hidden by the Dutch fallback.
 */
class PageLabelsTest {

    private static Properties bundle(String file) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = PageLabelsTest.class.getResourceAsStream("/" + file)) {
            assertThat(in).as(file).isNotNull();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }

    private static List<String> shownKeys() {
        List<String> keys = new ArrayList<>();
        for (Class<? extends Enum<?>> type : PageLabels.SHOWN) {
            Arrays.stream(type.getEnumConstants()).map(value -> PageLabels.key(type.getSimpleName(), value.name()))
                    .forEach(keys::add);
        }
        Stream.of(CaseEvent.class.getPermittedSubclasses())
                .map(event -> PageLabels.key(PageLabels.TIMELINE_STEP, stepCode(event)))
                .forEach(keys::add);
        Stream.of(CorrespondenceStep.values())
                .map(step -> PageLabels.key(PageLabels.TIMELINE_STEP, step.name()))
                .forEach(keys::add);
        Stream.of(DeliveryChannel.values()).map(channel -> "timeline.delivered." + channel.name()).forEach(keys::add);
        return keys;
    }

    /** {@code CaseNoteAddedEvent} is {@code CASE_NOTE_ADDED}, as CaseStep names it. */
    private static String stepCode(Class<?> event) {
        return event.getSimpleName().replaceFirst("Event$", "").replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyNameThePagesShowHasALabel(String file) throws IOException {
        Properties messages = bundle(file);

        assertThat(shownKeys()).hasSizeGreaterThan(150)
                .allSatisfy(key -> assertThat(messages.getProperty(key)).as(file + ": " + key).isNotBlank());
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(bundle("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
    }

    @Test
    void theTimelineCodesAreTheEventsNames() {
        assertThat(stepCode(nl.perspectief.cases.casefile.api.ApplicantNamedToOtherPartyEvent.class))
                .isEqualTo("APPLICANT_NAMED_TO_OTHER_PARTY");
    }
}
