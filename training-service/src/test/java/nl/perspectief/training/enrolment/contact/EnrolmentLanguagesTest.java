package nl.perspectief.training.enrolment.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class EnrolmentLanguagesTest {

    @Test
    void writesInEnglishToWhoeverAskedForEnglishAndInDutchToEveryoneElse() {
        assertThat(EnrolmentLanguages.supported(Locale.forLanguageTag("en-GB"))).isEqualTo(EnrolmentLanguages.ENGLISH);
        assertThat(EnrolmentLanguages.supported(Locale.forLanguageTag("nl-BE"))).isEqualTo(EnrolmentLanguages.DUTCH);
        assertThat(EnrolmentLanguages.supported(Locale.GERMAN)).isEqualTo(EnrolmentLanguages.DUTCH);
        assertThat(EnrolmentLanguages.supported(null)).isEqualTo(EnrolmentLanguages.DUTCH);
    }
}
