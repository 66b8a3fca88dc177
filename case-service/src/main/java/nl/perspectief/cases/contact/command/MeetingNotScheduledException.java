package nl.perspectief.cases.contact.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;
import java.util.UUID;

/** Only a scheduled meeting is moved, held or cancelled; a cancelled or held one stays what it is. */
public class MeetingNotScheduledException extends CaseRuleException {

    MeetingNotScheduledException(UUID caseId, UUID meetingId) {
        super("Case " + caseId + ": meeting " + meetingId + " is no longer scheduled");
    }
}
