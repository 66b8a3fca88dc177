package nl.perspectief.training.session.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import nl.perspectief.security.StaffRole;
import nl.perspectief.training.config.TrainingProperties;
import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.course.api.StaffMember;
import nl.perspectief.training.enrolment.contact.ReferralLinks;
import nl.perspectief.training.session.api.SessionStatus;
import nl.perspectief.training.session.api.SessionView;

/**
 * A trainer's referral links of a perpetrators' session, the same for the API and the pages: the links they hand to
 * professionals (a probation officer, prison staff) so those can enrol a perpetrator themselves, on the public page a
 * link opens ({@code /referrals/<token>}). A session may have several (one per organisation, say); each is revoked on
 * its own and opens nothing from then on. Links name no participant, so reading them is not in the access log.
 */
@Component
class ReferralLinkSteps {

    private final SessionReading reading;
    private final ReferralLinks links;
    private final URI publicUrl;

    ReferralLinkSteps(SessionReading reading, ReferralLinks links, TrainingProperties properties) {
        this.reading = reading;
        this.links = links;
        this.publicUrl = properties.publicUrl();
    }

    /**
     * A link as the trainer sees it.
     *
     * @param link     the page a professional opens with it
     * @param issuedBy the trainer who issued it (staff id)
     */
    record Link(UUID linkId, URI link, String issuedBy, Instant issuedAt) {

        /** Keeps the secret out of logs. */
        @Override
        public String toString() {
            return "Link[" + linkId + "]";
        }
    }

    /** The session's links not revoked, the oldest first. @throws SessionNotFoundException for no such session */
    List<Link> active(StaffMember who, UUID sessionId) {
        session(who, sessionId);
        return links.active(sessionId).stream().map(this::of).toList();
    }

    /**
     * A new link for a perpetrators' session that still takes enrolments.
     *
     * @throws ReferralLinkOnlyForPerpetratorsException a professionals' session is on the public calendar
     * @throws ReferralLinkOnlyWhileEnrollingException  the session is running, completed or cancelled
     */
    Link issue(StaffMember who, UUID sessionId) {
        SessionView session = session(who, sessionId);
        if (session.course().audience() != Audience.PERPETRATORS) {
            throw new ReferralLinkOnlyForPerpetratorsException(sessionId);
        }
        if (session.status() != SessionStatus.PLANNED && session.status() != SessionStatus.OPEN
                && session.status() != SessionStatus.FULL) {
            throw new ReferralLinkOnlyWhileEnrollingException(sessionId, session.status());
        }
        return of(links.issue(sessionId, who.staffId()));
    }

    /** Ends a link at once. @throws SessionNotFoundException for no such session, or no such link of it not revoked */
    void revoke(StaffMember who, UUID sessionId, UUID linkId) {
        session(who, sessionId);
        if (!links.revoke(sessionId, linkId, who.staffId())) {
            throw new SessionNotFoundException(sessionId, "referral link " + linkId);
        }
    }

    private SessionView session(StaffMember who, UUID sessionId) {
        if (who.role() != StaffRole.TRAINER) {
            throw new AccessDeniedException("only trainers hand out referral links");
        }
        return reading.find(sessionId).orElseThrow(() -> new SessionNotFoundException(sessionId, "session"));
    }

    private Link of(ReferralLinks.ReferralLink link) {
        return new Link(link.linkId(), UriComponentsBuilder.fromUri(publicUrl).path("/referrals/{token}")
                .buildAndExpand(link.token()).toUri(), link.issuedBy(), link.issuedAt());
    }
}
