package nl.perspectief.mailoutbox;

import static nl.perspectief.mailoutbox.MailOutboxFixtures.DUTCH;
import static nl.perspectief.mailoutbox.MailOutboxFixtures.ENGLISH;
import static nl.perspectief.mailoutbox.MailOutboxFixtures.TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates(MailTemplatesTest.class.getClassLoader());

    @Test
    void rendersTheTextBodyWithItsVariablesAndItsConditions() {
        RenderedMail one = templates.render(TEMPLATE, DUTCH, Map.of("name", "Julia", "reference", "PH-2026-00042", "sessions", 1));
        RenderedMail two = templates.render(TEMPLATE, DUTCH, Map.of("name", "Julia", "reference", "PH-2026-00042", "sessions", 2));

        assertThat(one.text()).startsWith("Beste Julia,").contains("referentie PH-2026-00042 staat vast: 1 gesprekken")
                .doesNotContain("herinnering");
        assertThat(two.text()).contains("U krijgt voor elk gesprek een herinnering.");
    }

    @Test
    void takesTheSubjectFromTheBundleWhateverTheVariablesHold() {
        RenderedMail julia = templates.render(TEMPLATE, DUTCH, Map.of("name", "Julia", "reference", "PH-2026-00042", "sessions", 1));
        RenderedMail bram = templates.render(TEMPLATE, DUTCH, Map.of("name", "Bram", "reference", "PH-2026-00043", "sessions", 3));

        assertThat(julia.subject()).isEqualTo(bram.subject()).isEqualTo("Uw afspraak bij Perspectief Herstelbemiddeling");
    }

    @Test
    void sendsTextOnlyWhenTheLanguageHasNoHtmlTemplate() {
        RenderedMail english = templates.render(TEMPLATE, ENGLISH, Map.of("name", "Julia", "reference", "PH-2026-00042", "sessions", 1));

        assertThat(english.html()).isNull();
        assertThat(english.subject()).isEqualTo("Your appointment with Perspectief Herstelbemiddeling");
        assertThat(english.toString()).doesNotContain("Julia");
    }
}
