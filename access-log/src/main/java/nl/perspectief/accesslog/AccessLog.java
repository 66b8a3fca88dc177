package nl.perspectief.accesslog;

/**
 * The tamper-evident access log of a service: every read of case data, and every refused attempt,
 * appended to a hash chain in the service's database.
 */
public interface AccessLog {

    /**
     * Appends one record, in a transaction of its own, and answers its position in the chain.
     *
     * <p>The contract for a service: append <em>before</em> answering the read. The append commits
     * on its own, so a read that fails afterwards, or a caller's transaction that rolls back, still
     * leaves the record. An append that fails throws, and then the read must fail too: data that
     * cannot be logged is not shown. Appends of all instances of a service are serialized by the
     * database; the append needs a second connection of the pool while the caller holds one.
     *
     * @throws org.springframework.dao.DataAccessException when the record could not be stored
     */
    long append(AccessRecord record);

    /** Walks the whole chain in position order, page by page, and reports the first broken link. */
    ChainVerification verify();

    /** Records matching the query, newest (highest position) first. */
    AccessLogPage search(AccessLogQuery query);
}
