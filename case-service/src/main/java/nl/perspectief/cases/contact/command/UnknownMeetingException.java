package nl.perspectief.cases.contact.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;
import java.util.UUID;

/** Steps name meetings of this case only. */
public class UnknownMeetingException extends CaseRuleException {

    UnknownMeetingException(UUID caseId, UUID meetingId) {
        super("Case " + caseId + " has no meeting " + meetingId);
    }
}
