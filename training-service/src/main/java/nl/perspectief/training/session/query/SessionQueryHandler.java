package nl.perspectief.training.session.query;

import java.util.List;
import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import nl.perspectief.training.session.api.CertificateCheckView;
import nl.perspectief.training.session.api.EnrolmentView;
import nl.perspectief.training.session.api.FindCertificateQuery;
import nl.perspectief.training.session.api.FindEnrolmentQuery;
import nl.perspectief.training.session.api.FindIssuedCertificateQuery;
import nl.perspectief.training.session.api.FindSessionQuery;
import nl.perspectief.training.session.api.FindSessionsQuery;
import nl.perspectief.training.session.api.IssuedCertificateView;
import nl.perspectief.training.session.api.SessionSummaryView;
import nl.perspectief.training.session.api.SessionView;

/** Answers what the pages, the API and the mails read of sessions; who may read what is the web layer's. */
@Component
class SessionQueryHandler {

    private final SessionRepository repository;

    SessionQueryHandler(SessionRepository repository) {
        this.repository = repository;
    }

    @QueryHandler
    List<SessionSummaryView> handle(FindSessionsQuery query) {
        return repository.list(query);
    }

    @QueryHandler
    Optional<SessionView> handle(FindSessionQuery query) {
        return repository.find(query.sessionId());
    }

    @QueryHandler
    Optional<EnrolmentView> handle(FindEnrolmentQuery query) {
        return repository.enrolment(query.enrolmentId());
    }

    @QueryHandler
    CertificateCheckView handle(FindCertificateQuery query) {
        return repository.check(query.verificationCode());
    }

    @QueryHandler
    Optional<IssuedCertificateView> handle(FindIssuedCertificateQuery query) {
        return repository.issued(query.certificateId());
    }
}
