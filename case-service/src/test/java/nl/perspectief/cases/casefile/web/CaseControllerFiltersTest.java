package nl.perspectief.cases.casefile.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.IncidentCategory;

class CaseControllerFiltersTest {

    @Test
    void acceptsExactlyTheStatusesThereAre() {
        assertThat(CaseController.STATUSES.split("\\|"))
                .containsExactlyInAnyOrder(Arrays.stream(CaseStatus.values()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void acceptsExactlyTheIncidentCategoriesThereAre() {
        assertThat(CaseController.CATEGORIES.split("\\|"))
                .containsExactlyInAnyOrder(Arrays.stream(IncidentCategory.values()).map(Enum::name).toArray(String[]::new));
    }
}
