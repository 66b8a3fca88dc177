package nl.perspectief.cases.casefile.integration;

import java.time.Clock;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.perspectief.cases.casefile.api.CommandOutcome;
import nl.perspectief.cases.opening.api.OpenCaseFromRegistrationCommand;
import nl.perspectief.correlation.CorrelationId;
import nl.perspectief.correlation.axon.CorrelationMetaData;
import nl.perspectief.events.Envelope;
import nl.perspectief.events.Topics;
import nl.perspectief.events.intake.v1.RegistrationSubmitted;

/**
 * Opens a case for every registration intake publishes. The command completes before the listener
 * returns and the offset is committed, so a crash in between redelivers the record; the derived case
 * id makes the redelivery a no-op.
 * <p>
 * The registration's correlation id (the record header {@link CorrelationId#HEADER}, or the envelope's for a
 * record from before the header, or a new one) is in the logging context while the record is handled and goes on
 * with the command ({@link CorrelationMetaData#KEY}), so the case's events and their publication carry it on.
 */
@Component
class RegistrationConsumer {

    private static final Logger log = LoggerFactory.getLogger(RegistrationConsumer.class);

    private final RegistrationRecordReader reader = new RegistrationRecordReader();
    private final CommandGateway commands;
    private final Clock clock;

    RegistrationConsumer(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    /**
     * One consumer per partition of the topic (intake makes 3): each registration is its own case, so they need no
     * order between them, and a registration's records stay in one partition (its id is the key). One consumer took
     * them one after the other, each waiting for its command's commit and its offset's: fewer than 50 a second on a
     * busy machine, so at 50 a second the cases fell further and further behind (issue 14's "case readable").
     */
    @KafkaListener(topics = Topics.INTAKE_REGISTRATIONS_V1, concurrency = "${perspectief.cases.registrations.consumers:3}")
    void consume(ConsumerRecord<String, byte[]> record) {
        try (RecordCorrelation correlation = RecordCorrelation.of(record)) {
            Envelope<RegistrationSubmitted> envelope = reader.readEnvelope(record.value());
            String correlationId = correlation.continueWith(envelope.correlationId());
            RegistrationSubmitted registration = envelope.payload();
            OpenCaseFromRegistrationCommand command = RegistrationToCase.openCase(registration, clock.instant());
            CommandOutcome outcome = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(Map.of(CorrelationMetaData.KEY, correlationId)));
            if (outcome == CommandOutcome.UNCHANGED) {
                log.info("Registration {} received again; case {} was opened from it already",
                        registration.registrationId(), command.caseId());
            } else {
                log.info("Case {} opened from registration {} ({})", command.caseId(), registration.registrationId(),
                        registration.reference());
            }
        }
    }
}
