package nl.perspectief.messaging.correspondence.integration;

import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.perspectief.correlation.CorrelationId;
import nl.perspectief.correlation.EnvelopeCorrelation;
import nl.perspectief.correlation.axon.CorrelationMetaData;
import nl.perspectief.events.Envelope;
import nl.perspectief.events.Topics;
import nl.perspectief.events.cases.v1.CaseTopicPayload;
import nl.perspectief.messaging.correspondence.api.CommandOutcome;

/**
 * What case-service says about a case's mediator and message exchange, in the correspondence's commands. The command
 * completes before the listener returns and the offset is committed, so a crash in between redelivers the record;
 * every command is idempotent and names its exchange, so a redelivered or late record changes nothing. The record's
 * correlation id goes on with the command, so the correspondence's events carry the withdrawal's request id.
 */
@Component
class CaseEventsConsumer {

    private static final Logger log = LoggerFactory.getLogger(CaseEventsConsumer.class);

    private final CaseEventRecordReader reader = new CaseEventRecordReader();
    private final CommandGateway commands;

    CaseEventsConsumer(CommandGateway commands) {
        this.commands = commands;
    }

    @KafkaListener(topics = Topics.CASES_CASE_EVENTS_V1)
    void consume(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(CorrelationId.HEADER);
        byte[] headerValue = header == null ? null : header.value();
        String previous = MDC.get(CorrelationId.MDC_KEY);
        try {
            EnvelopeCorrelation.fromHeader(headerValue).ifPresent(id -> MDC.put(CorrelationId.MDC_KEY, id));
            Optional<Envelope<CaseTopicPayload>> read = reader.read(record.value());
            if (read.isEmpty()) {
                log.info("Record {}-{}@{} is of a type this service does not know; skipped", record.topic(),
                        record.partition(), record.offset());
                return;
            }
            Envelope<CaseTopicPayload> envelope = read.get();
            String correlationId = EnvelopeCorrelation.continueFrom(headerValue, envelope.correlationId());
            MDC.put(CorrelationId.MDC_KEY, correlationId);
            Optional<Object> command = CaseEventsToCorrespondence.commandFor(envelope.payload());
            if (command.isEmpty()) {
                return;
            }
            CommandOutcome outcome = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command.get())
                    .andMetaData(Map.of(CorrelationMetaData.KEY, correlationId)));
            log.info("{} of case {}: {}", envelope.type(), envelope.payload().caseId(), outcome);
        } finally {
            if (previous == null) {
                MDC.remove(CorrelationId.MDC_KEY);
            } else {
                MDC.put(CorrelationId.MDC_KEY, previous);
            }
        }
    }
}
