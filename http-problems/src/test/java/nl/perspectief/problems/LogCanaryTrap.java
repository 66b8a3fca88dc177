package nl.perspectief.problems;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;

/**
 * Every log event of this JVM while it is open, rendered as a log file would hold it (message, MDC, exception
 * with its message and stack trace), and the lines among them that hold the canary.
 */
public final class LogCanaryTrap extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final String canary;
    private final List<String> hits = Collections.synchronizedList(new ArrayList<>());
    /** Appended to from every thread that logs, several at once. */
    private final LongAdder events = new LongAdder();

    private LogCanaryTrap(String canary) {
        this.canary = canary;
    }

    public static LogCanaryTrap open(String canary) {
        LogCanaryTrap trap = new LogCanaryTrap(canary);
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        trap.setContext(root.getLoggerContext());
        trap.setName("canary-trap");
        trap.start();
        root.addAppender(trap);
        return trap;
    }

    @Override
    protected void append(ILoggingEvent event) {
        events.increment();
        StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage())
                .append(' ').append(event.getMDCPropertyMap());
        if (event.getThrowableProxy() != null) {
            line.append(' ').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
        }
        String text = line.toString();
        if (text.contains(canary) || text.contains(canary.toLowerCase())) {
            hits.add(text.length() > 500 ? text.substring(0, 500) + "…" : text);
        }
    }

    public long events() {
        return events.sum();
    }

    public List<String> hits() {
        return List.copyOf(hits);
    }

    @Override
    public void close() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(this);
        stop();
    }
}
