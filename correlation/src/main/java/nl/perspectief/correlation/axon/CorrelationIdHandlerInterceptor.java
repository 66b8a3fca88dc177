package nl.perspectief.correlation.axon;

import java.util.Optional;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;

import nl.perspectief.correlation.CorrelationId;

/**
 * While a message is handled, its request's id is in the logging context, so every line a handler logs names it;
 * afterwards the context is as it was (a tracking processor's thread handles the next event of someone else).
 * A message without an id leaves the context alone.
 */
public final class CorrelationIdHandlerInterceptor<T extends Message<?>> implements MessageHandlerInterceptor<T> {

    @Override
    public Object handle(UnitOfWork<? extends T> unitOfWork, InterceptorChain chain) throws Exception {
        Optional<String> id = CorrelationMetaData.of(unitOfWork.getMessage());
        if (id.isEmpty()) {
            return chain.proceed();
        }
        String previous = MDC.get(CorrelationId.MDC_KEY);
        MDC.put(CorrelationId.MDC_KEY, id.get());
        try {
            return chain.proceed();
        } finally {
            if (previous == null) {
                MDC.remove(CorrelationId.MDC_KEY);
            } else {
                MDC.put(CorrelationId.MDC_KEY, previous);
            }
        }
    }
}
