package nl.perspectief.intake.registration.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApproximateDateTest {

    @ParameterizedTest
    @CsvSource({"2015, 2015-01-01", "2015-09, 2015-09-01", "2015-09-14, 2015-09-14", "2024-02-29, 2024-02-29"})
    void readsAsMuchOfTheDateAsTheApplicantKnows(String text, LocalDate earliest) {
        assertThat(ApproximateDate.earliestDayOf(text)).contains(earliest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2015-13", "2015-02-30", "2023-02-29", "15-09", "2015/09", "2015-9", "september 2015", "1850", ""})
    void refusesWhatIsNotARealDateInOneOfTheFormats(String text) {
        assertThat(ApproximateDate.earliestDayOf(text)).isEmpty();
    }
}
