package nl.perspectief.cases.casefile.command;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import nl.perspectief.cases.casefile.api.CommandOutcome;
import nl.perspectief.cases.opening.api.DeskCaseReceipt;

/** The keys as the table keeps them, for fixture tests; transactions are the IT tests' business. */
class InMemoryDeskIdempotencyKeys implements DeskIdempotencyKeys {

    private final Map<String, Claimed> claims = new HashMap<>();

    @Override
    public Optional<DeskCaseReceipt> claim(String staffId, String key, String requestSha256, DeskCaseReceipt receipt,
                                           Instant at) {
        Claimed earlier = claims.putIfAbsent(staffId + "\n" + key, new Claimed(requestSha256, receipt));
        if (earlier == null) {
            return Optional.empty();
        }
        if (!earlier.requestSha256().equals(requestSha256)) {
            throw new IdempotencyKeyReusedException();
        }
        DeskCaseReceipt first = earlier.receipt();
        return Optional.of(new DeskCaseReceipt(first.caseId(), first.applicantId(), first.otherPartyId(),
                CommandOutcome.UNCHANGED));
    }

    boolean holds(String staffId, String key) {
        return claims.containsKey(staffId + "\n" + key);
    }

    private record Claimed(String requestSha256, DeskCaseReceipt receipt) {
    }
}
