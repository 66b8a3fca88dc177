package nl.perspectief.cases.notes.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.perspectief.cases.steps.CaseCommandRequests;

/** The bodies of the steps of this feature, checked for form before a command is made of them. */
final class NotesRequests {
    record NoteRequest(@NotBlank @Size(max = CaseCommandRequests.LONG_TEXT) String text) {
    }

    private NotesRequests() {
    }
}
