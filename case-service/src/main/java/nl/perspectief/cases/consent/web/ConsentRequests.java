package nl.perspectief.cases.consent.web;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import nl.perspectief.cases.casefile.api.ConsentMethod;
import nl.perspectief.cases.casefile.api.ConsentPurpose;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.steps.CaseCommandRequests;

/** The bodies of the steps of this feature, checked for form before a command is made of them. */
final class ConsentRequests {
    record ConsentRequest(
            @NotNull UUID partyId,
            @NotNull ConsentPurpose purpose,
            ContactForm form,
            @Size(max = CaseCommandRequests.NAME) String recipient,
            @NotNull ConsentMethod method,
            @NotNull @PastOrPresent Instant givenAt) {
    }
    record WithdrawalRequest(@Size(max = CaseCommandRequests.SHORT_TEXT) String reason) {
    }

    private ConsentRequests() {
    }
}
