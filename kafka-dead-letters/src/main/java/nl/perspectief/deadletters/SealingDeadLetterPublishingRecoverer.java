package nl.perspectief.deadletters;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.KafkaHeaders;

import nl.perspectief.personaldata.SubjectCipher;

/**
 * Parks a record on its dead-letter topic sealed for a data subject of its own: a record the consumer
 * could not read cannot be encrypted field by field, yet it may hold a whole registration. The value
 * and the exception messages (a parser may quote what it saw) are encrypted with that subject's key,
 * named in the {@value #SEALED_FOR} header; the key and the coordinates stay readable for operators.
 * Whoever re-drives a dead letter opens it with {@link SubjectCipher#open}; shredding the subject
 * erases it. If sealing fails (the database is away), the recoverer fails and the record is
 * delivered again: never parked in clear, never skipped.
 */
public final class SealingDeadLetterPublishingRecoverer extends DeadLetterPublishingRecoverer {

    public static final String SEALED_FOR = "perspectief-sealed-for";
    private static final List<String> SENSITIVE_HEADERS = List.of(
            KafkaHeaders.DLT_EXCEPTION_MESSAGE,
            KafkaHeaders.DLT_EXCEPTION_STACKTRACE,
            KafkaHeaders.DLT_KEY_EXCEPTION_MESSAGE,
            KafkaHeaders.DLT_KEY_EXCEPTION_STACKTRACE);

    private final SubjectCipher cipher;

    public SealingDeadLetterPublishingRecoverer(KafkaOperations<?, ?> kafka, SubjectCipher cipher,
                                         BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> destination) {
        super(kafka, destination);
        this.cipher = cipher;
    }

    @Override
    protected ProducerRecord<Object, Object> createProducerRecord(ConsumerRecord<?, ?> record, TopicPartition topicPartition,
                                                                  Headers headers, byte[] key, byte[] value) {
        UUID subject = UUID.randomUUID();
        byte[] clear = value != null ? value : valueBytesOf(record);
        for (String name : SENSITIVE_HEADERS) {
            Header header = headers.lastHeader(name);
            if (header != null && header.value() != null) {
                headers.remove(name);
                headers.add(name, cipher.seal(subject, header.value()));
            }
        }
        headers.add(SEALED_FOR, subject.toString().getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(topicPartition.topic(),
                topicPartition.partition() < 0 ? null : topicPartition.partition(),
                key != null ? key : record.key(),
                clear == null ? null : cipher.seal(subject, clear),
                headers);
    }

    private static byte[] valueBytesOf(ConsumerRecord<?, ?> record) {
        return switch (record.value()) {
            case null -> null;
            case byte[] bytes -> bytes;
            case String text -> text.getBytes(StandardCharsets.UTF_8);
            default -> throw new IllegalStateException("cannot seal a dead letter of type " + record.value().getClass().getName());
        };
    }
}
