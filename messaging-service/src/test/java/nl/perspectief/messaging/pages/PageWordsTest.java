package nl.perspectief.messaging.pages;

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

import nl.perspectief.messaging.attachments.AttachmentRefusedException;
import nl.perspectief.messaging.correspondence.api.CorrespondenceRuleException;
import nl.perspectief.messaging.correspondence.api.DeliveryChannel;
import nl.perspectief.messaging.correspondence.api.ExchangeState;
import nl.perspectief.messaging.correspondence.api.MessageKind;
import nl.perspectief.messaging.correspondence.api.MessageStatus;
import nl.perspectief.messaging.correspondence.api.MessageStep;
import nl.perspectief.messaging.correspondence.api.SuspensionReason;
import nl.perspectief.messaging.correspondence.api.VersionOrigin;
import nl.perspectief.security.StaffRole;

/**
 * The pages have words, in both languages, for every name they show: each value of the enums on the pages, the state
 * of a frozen exchange and why it froze, every rule of the correspondence and every rule of an attachment; so a new
 * rule or status never reaches a mediator as {@code ??rule.Something_nl??} or as a bare name.
 */
class PageWordsTest {

    private static final List<Class<? extends Enum<?>>> SHOWN = List.of(MessageKind.class, MessageStatus.class,
            ExchangeState.class, SuspensionReason.class, DeliveryChannel.class, VersionOrigin.class, MessageStep.class,
            StaffRole.class);

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyNameThePagesShowHasItsWords(String bundle) {
        Properties words = load(bundle);

        assertThat(expectedKeys()).as("the rules found in the classes").contains("rule.ExchangeNotOpen",
                "rule.RedactionWithoutWriterAgreement").allSatisfy(key -> assertThat(words.getProperty(key)).as(bundle + ": " + key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyMessageWithArgumentsIsAPatternMessageFormatReads(String bundle) {
        Properties words = load(bundle);

        words.stringPropertyNames().stream().filter(key -> words.getProperty(key).contains("{"))
                .forEach(key -> assertThatCode(() -> new MessageFormat(words.getProperty(key)))
                        .as(bundle + ": " + key).doesNotThrowAnyException());
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    private static List<String> expectedKeys() {
        List<String> keys = new ArrayList<>();
        SHOWN.forEach(type -> Stream.of(type.getEnumConstants())
                .forEach(value -> keys.add("enum." + type.getSimpleName() + "." + value.name())));
        Stream.of(ExchangeState.values()).filter(state -> state != ExchangeState.OPEN)
                .forEach(state -> keys.add("frozen." + state.name()));
        Stream.of(SuspensionReason.values()).forEach(reason -> keys.add("frozen.because." + reason.name()));
        new ClassFileImporter().importPackages("nl.perspectief.messaging").stream()
                .filter(type -> type.isAssignableTo(CorrespondenceRuleException.class))
                .filter(type -> !type.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getSimpleName)
                .forEach(name -> keys.add("rule." + name.replaceFirst("Exception$", "")));
        keys.add("rule.UnknownMessage");
        Stream.of(AttachmentRefusedException.Rule.values()).forEach(rule -> keys.add("attachment." + rule.publishedName()));
        return keys;
    }

    private static Properties load(String bundle) {
        Properties words = new Properties();
        try (InputStream in = PageWordsTest.class.getClassLoader().getResourceAsStream(bundle)) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
