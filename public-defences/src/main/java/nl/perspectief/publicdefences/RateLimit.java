package nl.perspectief.publicdefences;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests one endpoint takes: from one client address, and from all clients together.
 *
 * @param perClient  the limit of one client address
 * @param overall    the limit of all clients together: what the service takes on a flood from many addresses
 * @param maxClients how many client addresses are remembered at most; the least recently seen are forgotten first
 */
public record RateLimit(Limit perClient, Limit overall, @DefaultValue("100000") long maxClients) {

    public RateLimit {
        if (perClient == null || overall == null || maxClients <= 0) {
            throw new IllegalArgumentException("a rate limit needs a per-client and an overall limit, and max-clients > 0");
        }
    }
}
