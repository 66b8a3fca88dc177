package nl.perspectief.accesslog;

/**
 * The outcome of walking the whole chain in order.
 *
 * @param recordsChecked records found intact before the first break (all of them when intact)
 * @param firstBrokenPosition the first position whose link does not hold: the changed record, the
 *        first missing position of a gap, or the first record after one inserted or rewritten whole;
 *        {@code null} when intact
 * @param reason why it does not hold; {@code null} when intact
 * @param headPosition the last position read, {@code null} for an empty log
 * @param headHash that record's stored hash in hex. The chain cannot tell a record rewritten together
 *        with every record after it; a head recorded outside the database (compliance's own records)
 *        can, as long as that position still carries this hash
 */
public record ChainVerification(boolean intact, long recordsChecked, Long firstBrokenPosition, ChainBreak reason,
                                Long headPosition, String headHash) {

    public enum ChainBreak {
        /** The record's hash is not the hash of its content: a field or the hash was changed. */
        HASH_MISMATCH,
        /** The record does not chain to the hash of the record before it: records were moved, inserted or rewritten. */
        PREVIOUS_HASH_MISMATCH,
        /** A position is missing: records were deleted. */
        POSITION_GAP
    }
}
