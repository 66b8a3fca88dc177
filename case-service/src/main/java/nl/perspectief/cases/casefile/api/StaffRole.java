package nl.perspectief.cases.casefile.api;

/** What a member of staff does at Perspectief; decides which steps of a case they may take. */
public enum StaffRole {
    DESK, MEDIATOR, TRAINER, COMPLIANCE, ADMIN
}
