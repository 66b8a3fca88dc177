package nl.perspectief.training.course.api;

/**
 * When a participant has completed a session of the course, and so earns a certificate. Every day of the session is
 * marked, and the participant completed it when
 * <ul>
 * <li>no day is marked ABSENT, and</li>
 * <li>at most {@code maxExcusedDays} days are marked EXCUSED,</li>
 * </ul>
 * every other day being PRESENT or LATE. The default, {@link #EVERY_DAY}, allows no excused day: present (or late)
 * on every day. A session copies the rule when it is planned, so revising the course changes no planned session.
 *
 * @param maxExcusedDays how many excused days still complete the session; zero or more
 */
public record CompletionRule(int maxExcusedDays) {

    /** Present or late on every day of the session. */
    public static final CompletionRule EVERY_DAY = new CompletionRule(0);
}
