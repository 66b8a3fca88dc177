package nl.perspectief.cases.casefile.integration;

import java.time.Clock;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.perspectief.events.Topics;
import nl.perspectief.events.intake.v1.RegistrationSubmitted;

/**
 * Opens a case for every registration intake publishes. The command completes before the listener
 * returns and the offset is committed, so a crash in between redelivers the record; the derived case
 * id makes the redelivery a no-op.
 */
@Component
class RegistrationConsumer {

    private final RegistrationRecordReader reader = new RegistrationRecordReader();
    private final CommandGateway commands;
    private final Clock clock;

    RegistrationConsumer(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.INTAKE_REGISTRATIONS_V1)
    void consume(ConsumerRecord<String, byte[]> record) {
        RegistrationSubmitted registration = reader.read(record.value());
        commands.sendAndWait(RegistrationToCase.openCase(registration, clock.instant()));
    }
}
