package nl.perspectief.training.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import nl.perspectief.security.StaffRole;
import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.course.api.TrainingRuleException;
import nl.perspectief.training.session.api.AttendanceMark;
import nl.perspectief.training.session.api.CompletionOutcome;
import nl.perspectief.training.session.api.EnrolmentChannel;
import nl.perspectief.training.session.api.EnrolmentEnd;
import nl.perspectief.training.session.api.EnrolmentStatus;
import nl.perspectief.training.session.api.LocationKind;
import nl.perspectief.training.session.api.NotCompletedReason;
import nl.perspectief.training.session.api.SessionStatus;

/**
 * The trainers' pages have words, in both languages, for every name they show: each value of the enums on the pages
 * and every rule of a course or a session (so a new rule never reaches a trainer as {@code ??trainer.rule.X??} or as a
 * bare name); both bundles name the same keys, each starts with {@code trainer.} so the public pages' bundle never
 * answers for it, and a message with arguments is a pattern MessageFormat reads.
 */
class TrainerPageWordsTest {

    private static final List<Class<? extends Enum<?>>> SHOWN = List.of(StaffRole.class, Audience.class,
            SessionStatus.class, LocationKind.class, EnrolmentStatus.class, EnrolmentEnd.class, EnrolmentChannel.class,
            AttendanceMark.class, CompletionOutcome.class, NotCompletedReason.class);

    @ParameterizedTest
    @ValueSource(strings = {"messages/trainer.properties", "messages/trainer_en.properties"})
    void everyNameThePagesShowHasItsWords(String bundle) {
        Properties words = load(bundle);

        assertThat(expectedKeys()).as("the rules found in the classes")
                .contains("trainer.rule.AlreadyEnrolled", "trainer.rule.PerpetratorNeedsAReferringProfessional")
                .allSatisfy(key -> assertThat(words.getProperty(key)).as(bundle + ": " + key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages/trainer.properties", "messages/trainer_en.properties"})
    void everyMessageWithArgumentsIsAPatternMessageFormatReadsAndEveryKeyIsTheTrainers(String bundle) {
        Properties words = load(bundle);

        assertThat(words.stringPropertyNames()).allSatisfy(key -> assertThat(key).startsWith("trainer."));
        words.stringPropertyNames().stream().filter(key -> words.getProperty(key).contains("{"))
                .forEach(key -> assertThatCode(() -> new MessageFormat(words.getProperty(key)))
                        .as(bundle + ": " + key).doesNotThrowAnyException());
        words.stringPropertyNames().stream().filter(key -> !words.getProperty(key).contains("{"))
                .forEach(key -> assertThat(words.getProperty(key)).as(bundle + ": " + key
                        + " is shown as written, so an apostrophe is written once").doesNotContain("''"));
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(load("messages/trainer_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages/trainer.properties").stringPropertyNames());
    }

    private static List<String> expectedKeys() {
        List<String> keys = new ArrayList<>();
        SHOWN.forEach(type -> Stream.of(type.getEnumConstants())
                .forEach(value -> keys.add("trainer.enum." + type.getSimpleName() + "." + value.name())));
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.perspectief.training").stream()
                .filter(type -> type.isAssignableTo(TrainingRuleException.class))
                .filter(type -> !type.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getSimpleName)
                .forEach(name -> keys.add("trainer.rule." + name.replaceFirst("Exception$", "")));
        return keys;
    }

    private static Properties load(String bundle) {
        Properties words = new Properties();
        try (InputStream in = TrainerPageWordsTest.class.getClassLoader().getResourceAsStream(bundle)) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
