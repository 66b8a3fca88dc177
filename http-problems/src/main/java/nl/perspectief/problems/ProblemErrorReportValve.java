package nl.perspectief.problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

import nl.perspectief.correlation.CorrelationId;

/**
 * What Tomcat answers itself, before any filter or servlet runs (a path with characters no address may hold, a
 * malformed escape, a request line or header it cannot parse): a problem in the services' vocabulary instead of
 * Tomcat's HTML report. Quotes nothing of the request; the correlation id is a new one when the request never
 * reached the filter that gives one.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        var problem = Problems.ofStatusOnly(HttpStatusCode.valueOf(status));
        if (!problem.getProperties().containsKey(Problems.CORRELATION_ID)) {
            String id = response.getHeader(CorrelationId.HEADER) != null ? response.getHeader(CorrelationId.HEADER)
                    : CorrelationId.newId();
            problem.setProperty(Problems.CORRELATION_ID, id);
            response.setHeader(CorrelationId.HEADER, id);
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Cache-Control", "no-store");
            var writer = response.getReporter();
            if (writer != null) {
                writer.write(ProblemJson.text(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot take a body: the status line has said it
        }
    }
}
