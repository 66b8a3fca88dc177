package nl.perspectief.training.config;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import nl.perspectief.personaldata.PersonalDataConfiguration;

/**
 * Personal data (participants' names and addresses) is encrypted by Axon's serializer, wired in axon-postgresql with
 * this personal-data configuration. Place offers expire by themselves through Axon's deadlines, kept by db-scheduler
 * in this service's database (table {@code scheduled_tasks}): a deadline due while the service was down fires when it
 * is back, and of several instances only one fires it.
 */
@Configuration(proxyBeanMethods = false)
@Import(PersonalDataConfiguration.class)
public class TrainingConfiguration {

    /** The metadata key naming, on every event, the type of the command that caused it (as in the other services). */
    public static final String COMMAND_NAME = "commandName";

    /** Time enters the aggregates through commands and deadlines; this is where it is read. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CorrelationDataProvider commandNameProvider() {
        return message -> message instanceof CommandMessage<?> command
                ? Map.of(COMMAND_NAME, command.getCommandName())
                : Map.of();
    }

    /**
     * db-scheduler, polling {@code scheduled_tasks} for due deadlines; Axon's db-scheduler auto-configuration gives the
     * deadline task and the {@code DeadlineManager} on top of it, but leaves starting the scheduler to its owner. It
     * is stopped for good when the context closes.
     */
    @Bean(destroyMethod = "stop")
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks, TrainingProperties properties) {
        return Scheduler.create(dataSource, tasks)
                .threads(2)
                .pollingInterval(properties.deadlines().pollingInterval())
                .build();
    }

    /**
     * Starts polling once everything else has started (Axon's aggregates and their deadline handlers included), and
     * pauses it first when the context stops, so no deadline fires into a service that is going away; one that was due
     * meanwhile fires after the next start. Paused, not stopped: a db-scheduler cannot start again once stopped, and a
     * context may be stopped and started again (the tests' context cache does).
     */
    @Bean
    SmartLifecycle deadlineSchedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private boolean started;
            private volatile boolean running;

            @Override
            public synchronized void start() {
                if (started) {
                    scheduler.resume();
                } else {
                    scheduler.start();
                    started = true;
                }
                running = true;
            }

            @Override
            public synchronized void stop() {
                scheduler.pause();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return Integer.MAX_VALUE - 100;
            }
        };
    }
}
