package nl.perspectief.messaging.correspondence.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import nl.perspectief.accesslog.AccessOutcome;
import nl.perspectief.accesslog.AccessedResource;
import nl.perspectief.messaging.attachments.AttachmentContent;
import nl.perspectief.messaging.attachments.AttachmentStore;
import nl.perspectief.messaging.correspondence.api.CorrespondenceStateView;
import nl.perspectief.messaging.correspondence.api.CorrespondenceSummaryView;
import nl.perspectief.messaging.correspondence.api.CorrespondenceView;
import nl.perspectief.messaging.correspondence.api.FindCorrespondenceQuery;
import nl.perspectief.messaging.correspondence.api.FindCorrespondenceStateQuery;
import nl.perspectief.messaging.correspondence.api.FindCorrespondencesQuery;
import nl.perspectief.messaging.correspondence.api.StaffMember;
import nl.perspectief.security.StaffRole;

/**
 * Who may read a case's correspondence, the same for the API and the pages: the case's assigned mediator (as
 * case-service last said), and compliance, read-only. A mediator asking for a colleague's case is answered exactly as
 * for a case without correspondence (404); every read and every refusal is in the access log before the answer.
 */
@Component
class CorrespondenceReading {

    private final QueryGateway queries;
    private final CorrespondenceAccessLog accessLog;
    private final AttachmentStore attachments;

    CorrespondenceReading(QueryGateway queries, CorrespondenceAccessLog accessLog, AttachmentStore attachments) {
        this.queries = queries;
        this.accessLog = accessLog;
        this.attachments = attachments;
    }

    /** A mediator's own correspondences, or every one for compliance; those awaiting review first. */
    List<CorrespondenceSummaryView> list(StaffMember who) {
        if (who.role() != StaffRole.MEDIATOR && who.role() != StaffRole.COMPLIANCE) {
            accessLog.read(who, null, AccessedResource.CORRESPONDENCE_LIST, AccessOutcome.FORBIDDEN);
            throw new AccessDeniedException("no correspondence for this role");
        }
        accessLog.read(who, null, AccessedResource.CORRESPONDENCE_LIST, AccessOutcome.ALLOWED);
        String mediator = who.role() == StaffRole.MEDIATOR ? who.staffId() : null;
        return queries.query(new FindCorrespondencesQuery(mediator),
                ResponseTypes.multipleInstancesOf(CorrespondenceSummaryView.class)).join();
    }

    /** @throws CorrespondenceNotFoundException for none, or one {@code who} may not know of */
    CorrespondenceView correspondence(StaffMember who, UUID caseId) {
        requireReadable(who, caseId, AccessedResource.CORRESPONDENCE);
        Optional<CorrespondenceView> found = queries.query(new FindCorrespondenceQuery(caseId),
                ResponseTypes.optionalInstanceOf(CorrespondenceView.class)).join();
        accessLog.read(who, caseId, AccessedResource.CORRESPONDENCE,
                found.isPresent() ? AccessOutcome.ALLOWED : AccessOutcome.NOT_FOUND);
        return found.orElseThrow(() -> new CorrespondenceNotFoundException(caseId));
    }

    /**
     * An attachment of one of the case's messages, opened with its writer's key.
     *
     * @throws CorrespondenceNotFoundException for a case the reader may not know of, or an attachment not of it
     * @throws AttachmentErasedException       when its writer's personal data was erased
     */
    AttachmentContent.Opened attachment(StaffMember who, UUID caseId, UUID attachmentId) {
        requireReadable(who, caseId, AccessedResource.MESSAGE_ATTACHMENT);
        Optional<AttachmentContent> content = attachments.open(attachmentId)
                .filter(found -> found.caseId().equals(caseId));
        accessLog.read(who, caseId, AccessedResource.MESSAGE_ATTACHMENT,
                content.isPresent() ? AccessOutcome.ALLOWED : AccessOutcome.NOT_FOUND);
        return switch (content.orElseThrow(() -> new CorrespondenceNotFoundException(caseId))) {
            case AttachmentContent.Opened opened -> opened;
            case AttachmentContent.Erased erased -> throw new AttachmentErasedException();
        };
    }

    /** The attachment's writer was erased (their key shredded): it is known, and gone for good. */
    static class AttachmentErasedException extends RuntimeException {
        AttachmentErasedException() {
            super("the attachment was erased with its writer's personal data");
        }
    }

    /**
     * Before a step: the correspondence as far as a step needs it, if {@code who} is its mediator; a refused attempt
     * is logged like a refused read.
     */
    CorrespondenceStateView toAct(StaffMember who, UUID caseId) {
        Optional<CorrespondenceStateView> state = stateOf(caseId);
        if (who.role() != StaffRole.MEDIATOR) {
            accessLog.read(who, caseId, AccessedResource.CASE_COMMAND, AccessOutcome.FORBIDDEN);
            throw new AccessDeniedException("only the case's mediator takes steps");
        }
        if (state.isEmpty() || !who.staffId().equals(state.get().mediatorId())) {
            accessLog.read(who, caseId, AccessedResource.CASE_COMMAND,
                    state.isPresent() ? AccessOutcome.FORBIDDEN : AccessOutcome.NOT_FOUND);
            throw new CorrespondenceNotFoundException(caseId);
        }
        return state.get();
    }

    Optional<CorrespondenceStateView> stateOf(UUID caseId) {
        return queries.query(new FindCorrespondenceStateQuery(caseId),
                ResponseTypes.optionalInstanceOf(CorrespondenceStateView.class)).join();
    }

    private void requireReadable(StaffMember who, UUID caseId, AccessedResource resource) {
        if (who.role() == StaffRole.COMPLIANCE) {
            return;
        }
        if (who.role() != StaffRole.MEDIATOR) {
            accessLog.read(who, caseId, resource, AccessOutcome.FORBIDDEN);
            throw new AccessDeniedException("no correspondence for this role");
        }
        Optional<CorrespondenceStateView> state = stateOf(caseId);
        if (state.isEmpty() || !who.staffId().equals(state.get().mediatorId())) {
            accessLog.read(who, caseId, resource, state.isPresent() ? AccessOutcome.FORBIDDEN : AccessOutcome.NOT_FOUND);
            throw new CorrespondenceNotFoundException(caseId);
        }
    }
}
