package nl.perspectief.cases.casefile.integration;

import java.time.Clock;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.perspectief.cases.casefile.query.CorrespondenceStepRepository;
import nl.perspectief.cases.casefile.query.CorrespondenceStepRow;
import nl.perspectief.events.Envelope;
import nl.perspectief.events.Topics;
import nl.perspectief.events.messaging.v1.CorrespondenceTopicPayload;

/**
 * Keeps the steps of each case's correspondence that messaging-service reports, for the case's timeline. The step is
 * stored before the listener returns and the offset is committed, so a crash in between redelivers the record; the
 * report's event id makes the redelivery a no-op. Reports are kept in whatever order they come (a receipt before its
 * delivery): the timeline orders them by time when it is read.
 */
@Component
class CorrespondenceConsumer {

    private static final Logger log = LoggerFactory.getLogger(CorrespondenceConsumer.class);

    private final CorrespondenceRecordReader reader = new CorrespondenceRecordReader();
    private final CorrespondenceStepRepository steps;
    private final Clock clock;

    CorrespondenceConsumer(CorrespondenceStepRepository steps, Clock clock) {
        this.steps = steps;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.MESSAGING_CORRESPONDENCE_EVENTS_V1)
    void consume(ConsumerRecord<String, byte[]> record) {
        try (RecordCorrelation correlation = RecordCorrelation.of(record)) {
            Optional<Envelope<? extends CorrespondenceTopicPayload>> read = reader.read(record.value());
            if (read.isEmpty()) {
                log.info("Skipped a correspondence record of a type this version does not know (offset {})",
                        record.offset());
                return;
            }
            correlation.continueWith(read.get().correlationId());
            CorrespondenceStepRow step = CorrespondenceToTimeline.stepOf(read.get(), clock.instant());
            if (steps.record(step)) {
                log.info("Case {}: {} of message {} recorded", step.caseId(), step.step(), step.messageId());
            } else {
                log.info("Case {}: {} of message {} received again; recorded already", step.caseId(), step.step(),
                        step.messageId());
            }
        }
    }
}
