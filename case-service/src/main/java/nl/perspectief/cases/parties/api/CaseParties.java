package nl.perspectief.cases.parties.api;

import java.util.UUID;

/**
 * Who is on a case, as the other rules of the case need to know it: by id and role, never by name. What the
 * parties feature shows the case's other features, so their rules ask it rather than keep a copy.
 */
public interface CaseParties {

    UUID applicantId();

    /** {@code null} while the other party is unknown. */
    UUID otherPartyId();

    /** @throws RuntimeException a rule exception when the case has no such party */
    void requireParty(UUID partyId);

    /** The other party's id; a rule exception when the case has none yet. */
    UUID requireOtherParty();

    /** The other party, and whoever speaks or stands for them: approaching any of them is an approach. */
    boolean isOnOtherPartySide(UUID partyId);
}
