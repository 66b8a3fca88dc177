package nl.perspectief.training.mail;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import nl.perspectief.mailoutbox.EnqueueOutcome;
import nl.perspectief.mailoutbox.MailOutbox;
import nl.perspectief.mailoutbox.OutgoingMail;
import nl.perspectief.training.config.TrainingProperties;
import nl.perspectief.training.enrolment.contact.EnrolmentLanguages;
import nl.perspectief.training.enrolment.contact.EnrolmentLinks;
import nl.perspectief.training.session.api.AffectedEnrolment;
import nl.perspectief.training.session.api.CertificateIssuedEvent;
import nl.perspectief.training.session.api.EnrolledBy;
import nl.perspectief.training.session.api.EnrolmentChannel;
import nl.perspectief.training.session.api.EnrolmentConfirmedEvent;
import nl.perspectief.training.session.api.EnrolmentStatus;
import nl.perspectief.training.session.api.EnrolmentView;
import nl.perspectief.training.session.api.EnrolmentWaitlistedEvent;
import nl.perspectief.training.session.api.FindEnrolmentQuery;
import nl.perspectief.training.session.api.FindSessionQuery;
import nl.perspectief.training.session.api.PlaceOfferExpiredEvent;
import nl.perspectief.training.session.api.PlaceOfferedEvent;
import nl.perspectief.training.session.api.SessionCancelledEvent;
import nl.perspectief.training.session.api.SessionDay;
import nl.perspectief.training.session.api.SessionView;

/**
 * The mails a participant is owed by their session's events, queued in the mail outbox from a tracking processor of
 * its own ({@value #PROCESSING_GROUP}, {@link EnrolmentMailProcessing}): in the transaction that advances its token,
 * after the event was stored, never in the command's. One mail per event and participant, its id derived from the
 * event's id (and, for a cancelled session, the enrolment's), so a redelivered event queues nothing new; a replay
 * queues nothing at all.
 * <ul>
 * <li>a place confirmed (at once, or by taking an offered place), with the link to the enrolment's page;</li>
 * <li>on the waiting list, at which position, with the link;</li>
 * <li>a place offered until when, with the link to take or decline it;</li>
 * <li>an offered place not taken in time;</li>
 * <li>the session called off, with the trainer's reason, to everyone it had;</li>
 * <li>a certificate issued, with its code and how anyone can check it.</li>
 * </ul>
 * The address is the participant's, read from the enrolment's view (its only other copy, encrypted for the participant
 * like the event it comes from: only {@code EnrolmentRequestedEvent} carries it, and a third copy here would be one more
 * place to erase). Sealed by the outbox for the participant's subject, so erasing them erases an unsent mail; nobody
 * without an address, or erased, is mailed. When a professional enrolled the participant through a referral link
 * ({@link EnrolmentChannel#PROFESSIONAL}), that professional gets each mail too, in words of their own
 * ({@value #REFERRAL}templates, naming whom they enrolled), sealed for the professional's subject and with a link
 * token of its own: a perpetrator often has no address, and the professional acts for them. An erased participant's
 * professional is mailed nothing either. The mail is written in the language the enrolment was made in (Dutch when
 * none was recorded); its subject names nobody and nothing. Each link-carrying mail gets a token of its own
 * ({@link EnrolmentLinks}). Logs ids, templates and outcomes only.
 */
@Component
@ProcessingGroup(EnrolmentMails.PROCESSING_GROUP)
class EnrolmentMails {

    static final String PROCESSING_GROUP = "enrolment-mail";
    static final String CONFIRMED = "enrolment-confirmed";
    static final String WAITLISTED = "enrolment-waitlisted";
    static final String OFFERED = "place-offered";
    static final String OFFER_EXPIRED = "place-offer-expired";
    static final String SESSION_CANCELLED = "session-cancelled";
    static final String CERTIFICATE = "certificate-issued";
    /** The prefix of the mails to the professional who enrolled someone through a referral link. */
    static final String REFERRAL = "referral-";
    private static final ZoneId UTRECHT = ZoneId.of("Europe/Amsterdam");
    private static final Logger log = LoggerFactory.getLogger(EnrolmentMails.class);

    private final MailOutbox outbox;
    private final QueryGateway queries;
    private final EnrolmentLinks links;
    private final EnrolmentLanguages languages;
    private final URI publicUrl;

    EnrolmentMails(MailOutbox outbox, QueryGateway queries, EnrolmentLinks links, EnrolmentLanguages languages,
                   TrainingProperties properties) {
        this.outbox = outbox;
        this.queries = queries;
        this.links = links;
        this.languages = languages;
        this.publicUrl = properties.publicUrl();
    }

    @EventHandler
    @DisallowReplay
    void on(EnrolmentConfirmedEvent event, @MessageIdentifier String eventId) {
        mail(eventId, event.enrolmentId(), CONFIRMED, true, (language, model) -> { });
    }

    @EventHandler
    @DisallowReplay
    void on(EnrolmentWaitlistedEvent event, @MessageIdentifier String eventId) {
        mail(eventId, event.enrolmentId(), WAITLISTED, true, (language, model) -> model.put("position", event.position()));
    }

    @EventHandler
    @DisallowReplay
    void on(PlaceOfferedEvent event, @MessageIdentifier String eventId) {
        mail(eventId, event.enrolmentId(), OFFERED, true,
                (language, model) -> model.put("expiresAt", moment(event.expiresAt(), language)));
    }

    @EventHandler
    @DisallowReplay
    void on(PlaceOfferExpiredEvent event, @MessageIdentifier String eventId) {
        mail(eventId, event.enrolmentId(), OFFER_EXPIRED, false, (language, model) -> { });
    }

    @EventHandler
    @DisallowReplay
    void on(SessionCancelledEvent event, @MessageIdentifier String eventId) {
        for (AffectedEnrolment affected : event.affected()) {
            mail(eventId + "/" + affected.enrolmentId(), affected.enrolmentId(), SESSION_CANCELLED, false,
                    (language, model) -> model.put("reason", event.reason()));
        }
    }

    @EventHandler
    @DisallowReplay
    void on(CertificateIssuedEvent event, @MessageIdentifier String eventId) {
        mail(eventId, event.enrolmentId(), CERTIFICATE, false, (language, model) -> {
            model.put("code", event.verificationCode());
            model.put("checkLink", UriComponentsBuilder.fromUri(publicUrl).path("/certificates/check")
                    .queryParam("code", event.verificationCode()).build().toUriString());
        });
    }

    /** What a template adds to the variables every mail has, in the mail's language. */
    private interface Variables {
        void add(Locale language, Map<String, Object> model);
    }

    /**
     * Who a mail goes to: the participant, or the professional who enrolled them through a referral link.
     *
     * @param subjectId whose key seals the mail
     * @param prefix    of the template ("" for the participant's, {@value #REFERRAL} for the professional's)
     * @param suffix    of the mail's cause, so each recipient's mail has an id of its own
     */
    private record Recipient(UUID subjectId, String address, String firstName, String prefix, String suffix) {
    }

    private void mail(String cause, UUID enrolmentId, String template, boolean withLink, Variables variables) {
        Optional<EnrolmentView> found = queries.query(new FindEnrolmentQuery(enrolmentId),
                ResponseTypes.optionalInstanceOf(EnrolmentView.class)).join();
        if (found.isEmpty()) {
            log.warn("Enrolment {}: no {} mail, the enrolment is not in the read model", enrolmentId, template);
            return;
        }
        EnrolmentView enrolment = found.get();
        if (enrolment.participant() == null) {
            log.info("Enrolment {}: no {} mail, the participant's data is erased", enrolmentId, template);
            return;
        }
        if (template.equals(OFFERED) && enrolment.status() != EnrolmentStatus.OFFERED) {
            log.info("Enrolment {}: no {} mail, the offer was answered or expired before it was due", enrolmentId, template);
            return;
        }
        List<Recipient> recipients = new ArrayList<>();
        String address = enrolment.participant().email();
        if (address == null || address.isBlank()) {
            log.info("Enrolment {}: no {} mail to the participant, no e-mail address was given", enrolmentId, template);
        } else {
            recipients.add(new Recipient(enrolment.participantId(), address.strip(),
                    firstNameOf(enrolment.participant().name()), "", ""));
        }
        EnrolledBy enrolledBy = enrolment.enrolledBy();
        if (enrolledBy.channel() == EnrolmentChannel.PROFESSIONAL && enrolledBy.professional() != null
                && enrolledBy.professional().email() != null && !enrolledBy.professional().email().isBlank()) {
            recipients.add(new Recipient(enrolledBy.professionalId(), enrolledBy.professional().email().strip(),
                    firstNameOf(enrolledBy.professional().name()), REFERRAL, "/referrer"));
        }
        if (recipients.isEmpty()) {
            return;
        }
        SessionView session = queries.query(new FindSessionQuery(enrolment.sessionId()),
                ResponseTypes.optionalInstanceOf(SessionView.class)).join().orElseThrow(() ->
                new IllegalStateException("the session of enrolment " + enrolmentId + " is not in the read model"));
        Locale language = languages.of(enrolmentId);
        for (Recipient recipient : recipients) {
            send(cause, enrolment, session, language, template, withLink, variables, recipient);
        }
    }

    private void send(String cause, EnrolmentView enrolment, SessionView session, Locale language, String template,
                      boolean withLink, Variables variables, Recipient recipient) {
        UUID enrolmentId = enrolment.enrolmentId();
        String named = recipient.prefix() + template;
        UUID mailId = OutgoingMail.idFor(cause + recipient.suffix(), template);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("firstName", recipient.firstName());
        if (!recipient.prefix().isEmpty()) {
            model.put("participantName", enrolment.participant().name());
        }
        model.put("courseTitle", session.course().title());
        model.put("days", session.days().stream().map(day -> day(day, language)).toList());
        model.put("locationKind", session.location().kind().name());
        model.put("place", session.location().description());
        variables.add(language, model);
        if (withLink) {
            Optional<String> token = links.issue(enrolmentId, mailId);
            if (token.isEmpty()) {
                log.info("Enrolment {}: {} mail {} {}", enrolmentId, named, mailId, EnqueueOutcome.ALREADY_QUEUED);
                return;
            }
            model.put("link", UriComponentsBuilder.fromUri(publicUrl).path("/enrolments/{enrolmentId}")
                    .queryParam("token", token.get()).buildAndExpand(enrolmentId).toUriString());
        }
        EnqueueOutcome outcome = outbox.enqueue(new OutgoingMail(mailId, recipient.subjectId(), recipient.address(),
                named, language, model));
        log.info("Enrolment {}: {} mail {} {}", enrolmentId, named, mailId, outcome);
    }

    private static String firstNameOf(String name) {
        return name == null || name.isBlank() ? "" : name.strip().split("\\s+")[0];
    }

    private static String day(SessionDay day, Locale language) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", language).format(day.date()) + ", "
                + DateTimeFormatter.ofPattern("HH:mm").format(day.start()) + "–"
                + DateTimeFormatter.ofPattern("HH:mm").format(day.end());
    }

    private static String moment(Instant instant, Locale language) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", language).format(instant.atZone(UTRECHT));
    }

    /** Keeps the mails' words in one place for the tests: which templates there are, the participant's. */
    static List<String> templates() {
        return List.of(CONFIRMED, WAITLISTED, OFFERED, OFFER_EXPIRED, SESSION_CANCELLED, CERTIFICATE);
    }

    /** The same, as the professional who enrolled the participant through a referral link gets them. */
    static List<String> referralTemplates() {
        return templates().stream().map(template -> REFERRAL + template).toList();
    }
}
