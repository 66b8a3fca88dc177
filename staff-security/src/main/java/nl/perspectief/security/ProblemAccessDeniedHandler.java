package nl.perspectief.security;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code 403} for a signed-in member of staff whose role may not use an endpoint at all. A service may
 * hand each refusal to a {@link RefusalListener} first (the case service writes it to its access log).
 */
public final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    /** Told of every refusal before it is answered; must not throw for ordinary failures. */
    @FunctionalInterface
    public interface RefusalListener {
        void refused(HttpServletRequest request);
    }

    private final RefusalListener listener;

    public ProblemAccessDeniedHandler(RefusalListener listener) {
        this.listener = listener;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        listener.refused(request);
        ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, "forbidden",
                "Your role may not use this endpoint.");
    }
}
