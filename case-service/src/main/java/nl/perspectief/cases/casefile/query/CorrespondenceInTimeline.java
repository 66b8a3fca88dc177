package nl.perspectief.cases.casefile.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.ActiveConsentView;
import nl.perspectief.cases.casefile.api.CaseStep;
import nl.perspectief.cases.casefile.api.CaseTimelineView;
import nl.perspectief.cases.casefile.api.CorrespondenceStep;
import nl.perspectief.cases.casefile.api.DeliveryChannel;
import nl.perspectief.cases.casefile.api.MessageKind;
import nl.perspectief.cases.casefile.api.PartyRole;
import nl.perspectief.security.StaffRole;

/**
 * The correspondence's steps among the case's own, at query time: each stands before the first of the case's steps
 * that happened after it, with the consents that held then (those after the case's step before it), so compliance
 * reads a delivery against the consents as it reads a meeting. The case's steps keep the order of its stream. The
 * parties are named by their role in the case; a receipt borrows what its delivery said (kind, writer), whichever
 * of the two arrived first.
 */
final class CorrespondenceInTimeline {

    /** The order of the reports: by time, a delivery before a receipt of the same moment, then by report. */
    private static final Comparator<CorrespondenceStepRow> IN_TIME = Comparator.comparing(CorrespondenceStepRow::at)
            .thenComparing(CorrespondenceStepRow::step)
            .thenComparing(CorrespondenceStepRow::eventId);

    private CorrespondenceInTimeline() {
    }

    /**
     * @param own      the case's own steps, in the order of its stream
     * @param roles    the roles of the case's parties
     * @param reported the correspondence's steps messaging-service reported for the case
     */
    static List<CaseTimelineView.Entry> merge(List<CaseTimelineView.Entry> own, Map<UUID, PartyRole> roles,
                                              List<CorrespondenceStepRow> reported) {
        Map<UUID, CorrespondenceStepRow> deliveries = new HashMap<>();
        reported.stream().filter(step -> step.step() == CorrespondenceStep.MESSAGE_DELIVERED)
                .forEach(delivery -> deliveries.putIfAbsent(delivery.messageId(), delivery));
        List<CorrespondenceStepRow> pending = reported.stream().sorted(IN_TIME).toList();

        List<CaseTimelineView.Entry> merged = new ArrayList<>(own.size() + pending.size());
        List<ActiveConsentView> consentsNow = List.of();
        int next = 0;
        for (CaseTimelineView.Entry step : own) {
            while (next < pending.size() && pending.get(next).at().isBefore(step.at())) {
                merged.add(entryOf(pending.get(next++), deliveries, roles, consentsNow));
            }
            merged.add(step);
            consentsNow = step.consentsActiveAfter();
        }
        while (next < pending.size()) {
            merged.add(entryOf(pending.get(next++), deliveries, roles, consentsNow));
        }
        return merged;
    }

    private static CaseTimelineView.Entry entryOf(CorrespondenceStepRow step, Map<UUID, CorrespondenceStepRow> deliveries,
                                                  Map<UUID, PartyRole> roles, List<ActiveConsentView> consents) {
        CorrespondenceStepRow delivery = step.step() == CorrespondenceStep.MESSAGE_DELIVERED
                ? step : deliveries.get(step.messageId());
        MessageKind kind = delivery == null ? null : delivery.kind();
        PartyRole from = delivery == null ? null : roles.get(delivery.fromPartyId());
        PartyRole to = roles.get(step.toPartyId());
        String description = switch (step.step()) {
            case MESSAGE_DELIVERED -> kindName(kind) + " from " + CaseStep.partyName(from) + " delivered to "
                    + CaseStep.partyName(to) + " " + channelName(step.channel()) + ".";
            case RECEIPT_CONFIRMED -> capitalized(CaseStep.partyName(to)) + " confirmed receipt of "
                    + (kind == null ? "a message" : "the " + kindName(kind).toLowerCase())
                    + (delivery == null ? "" : " from " + CaseStep.partyName(from)) + ".";
        };
        return new CaseTimelineView.Entry(null, step.eventId().toString(), step.at(), step.receivedAt(),
                step.mediatorId(), StaffRole.MEDIATOR, step.step().name(), description, null, consents,
                new CaseTimelineView.Correspondence(step.messageId(), kind,
                        step.step() == CorrespondenceStep.MESSAGE_DELIVERED ? step.channel() : null, from, to));
    }

    private static String kindName(MessageKind kind) {
        return kind == null ? "Message" : switch (kind) {
            case LETTER -> "Letter";
            case SPOKEN_MESSAGE_WRITTEN_DOWN -> "Spoken message, written down,";
            case AUDIO_MESSAGE -> "Audio message";
            case VIDEO_MESSAGE -> "Video message";
        };
    }

    private static String channelName(DeliveryChannel channel) {
        return switch (channel) {
            case POST -> "by post";
            case EMAIL -> "by e-mail";
            case HANDED_OVER_IN_CONVERSATION -> "by hand in a conversation";
        };
    }

    private static String capitalized(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
