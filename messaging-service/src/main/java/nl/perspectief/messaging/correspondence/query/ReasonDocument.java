package nl.perspectief.messaging.correspondence.query;

import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/** Why a message was returned: it may quote the letter, so it is the writer's and encrypted for them. */
record ReasonDocument(UUID writerId, @PersonalData(subject = "writerId") String reason) {
}
