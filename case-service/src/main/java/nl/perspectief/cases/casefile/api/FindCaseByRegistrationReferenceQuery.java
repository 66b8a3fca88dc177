package nl.perspectief.cases.casefile.api;

/** Answered with an optional {@link CaseView}: a reference belongs to at most one case. */
public record FindCaseByRegistrationReferenceQuery(String registrationReference) {
}
