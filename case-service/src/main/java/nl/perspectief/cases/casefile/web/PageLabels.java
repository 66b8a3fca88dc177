package nl.perspectief.cases.casefile.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import nl.perspectief.accesslog.AccessOutcome;
import nl.perspectief.accesslog.AccessedResource;
import nl.perspectief.accesslog.ChainVerification;
import nl.perspectief.cases.casefile.api.ApproachChannel;
import nl.perspectief.cases.casefile.api.CaseDetailView;
import nl.perspectief.cases.casefile.api.CaseOutcome;
import nl.perspectief.cases.casefile.api.CaseSource;
import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.CaseTimelineView;
import nl.perspectief.cases.casefile.api.ConsentMethod;
import nl.perspectief.cases.casefile.api.ConsentPurpose;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.LinkType;
import nl.perspectief.cases.casefile.api.MeetingCancellationReason;
import nl.perspectief.cases.casefile.api.MeetingLocation;
import nl.perspectief.cases.casefile.api.MessageKind;
import nl.perspectief.cases.casefile.api.NextStep;
import nl.perspectief.cases.casefile.api.OutcomeShareForm;
import nl.perspectief.cases.casefile.api.PartyResponse;
import nl.perspectief.cases.casefile.api.PartyRole;
import nl.perspectief.cases.casefile.api.PartySide;
import nl.perspectief.security.StaffRole;
import nl.perspectief.cases.casefile.api.ApplicantRole;
import nl.perspectief.cases.casefile.api.ContactChannel;
import nl.perspectief.cases.casefile.api.CriminalProceedings;
import nl.perspectief.cases.casefile.api.IncidentCategory;

/**
 * The words the pages show for the API's names, in the page's language: a value of an enum is
 * {@code enum.<Type>.<NAME>} in {@code messages*.properties} (the option's value stays the API's name), and a time
 * is shown on the organisation's calendar. Used in every template as {@code ${@labels.of(value)}}, so no page
 * shows {@code TAKING_PART} to a mediator. A name without a label shows as itself, never as an error page;
 * {@code PageLabelsTest} keeps every value of {@link #SHOWN} labelled in both languages.
 */
@Component("labels")
public class PageLabels {

    /** Every enum whose values the pages show to people. */
    public static final List<Class<? extends Enum<?>>> SHOWN = List.of(
            CaseStatus.class, CaseSource.class, StaffRole.class, NextStep.class,
            ApplicantRole.class, ContactChannel.class, CriminalProceedings.class, IncidentCategory.class,
            LinkType.class, PartyRole.class, PartySide.class, ApproachChannel.class, PartyResponse.class,
            ConsentPurpose.class, ContactForm.class, ConsentMethod.class, MeetingLocation.class,
            MeetingCancellationReason.class, CaseOutcome.class, OutcomeShareForm.class, MessageKind.class,
            CaseDetailView.MeetingState.class, CaseDetailView.MessageExchangeState.class,
            AccessedResource.class, AccessOutcome.class, ChainVerification.ChainBreak.class);

    /** The timeline's step codes ({@code CaseTimelineView.Entry.type}), labelled as if they were an enum. */
    public static final String TIMELINE_STEP = "TimelineStep";

    private static final ZoneId CALENDAR = ZoneId.of("Europe/Amsterdam");
    private static final String NONE = "—";

    private final MessageSource messages;

    PageLabels(MessageSource messages) {
        this.messages = messages;
    }

    public static String key(String type, String name) {
        return "enum." + type + "." + name;
    }

    /** The label of an enum's value. */
    public String of(Enum<?> value) {
        return value == null ? NONE : of(value.getDeclaringClass().getSimpleName(), value.name());
    }

    /**
     * What a step of the timeline was, in a few words: its code's label ({@link #TIMELINE_STEP}), and for a message
     * delivered, what kind of message went how ({@code timeline.delivered.<channel>}: "Brief bezorgd per post").
     */
    public String step(CaseTimelineView.Entry entry) {
        CaseTimelineView.Correspondence message = entry.correspondence();
        if (message != null && message.kind() != null && message.channel() != null) {
            return messages.getMessage("timeline.delivered." + message.channel().name(),
                    new Object[] {of(message.kind())}, locale());
        }
        return of(TIMELINE_STEP, entry.type());
    }

    /** The label of a name the page holds as text (a refusal's missing consent, the access log's role). */
    public String of(String type, String name) {
        if (name == null) {
            return NONE;
        }
        return messages.getMessage(key(type, name), null, name, locale());
    }

    /** A party of the case by its role (the pages name parties by role, beside their name where it is shown). */
    public String partyRole(List<CaseDetailView.Party> parties, UUID partyId) {
        return parties == null ? NONE : parties.stream().filter(p -> p.partyId().equals(partyId)).findFirst()
                .map(p -> of(p.role())).orElse(NONE);
    }

    /** A moment, to the minute, on the organisation's calendar. */
    public String when(Instant at) {
        return at == null ? NONE : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(CALENDAR).format(at);
    }

    public String day(LocalDate day) {
        return day == null ? NONE : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
    }

    /**
     * The language the page is written in: the bundle's, not the browser's (a browser asking for German reads the
     * Dutch pages, so dates are Dutch too).
     */
    public Locale locale() {
        return Locale.forLanguageTag(messages.getMessage("lang", null, "nl", LocaleContextHolder.getLocale()));
    }
}
