package nl.perspectief.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class KafkaBrokerTest {

    private KafkaBroker broker;

    @AfterEach
    void stopBroker() {
        if (broker != null) {
            broker.kill();
        }
    }

    @Test
    void keepsAnAcknowledgedRecordAcrossAStopAndARestartOnTheSamePorts() throws Exception {
        var data = TestDirectories.fresh("kafka-restart");
        broker = new KafkaBroker(data.resolve("kafka"), data.resolve("kafka-config"), data.resolve("logs/kafka.log"), FreePorts.next(), FreePorts.next());
        broker.start();
        var clusterId = clusterId();
        try (var admin = admin()) {
            admin.createTopics(List.of(new NewTopic("kept", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("kept", "key-1", "still here")).get(30, TimeUnit.SECONDS);
        }

        broker.stop();
        assertThat(broker.isRunning()).isFalse();
        broker.start();

        assertThat(clusterId()).isEqualTo(clusterId);
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("kept"));
            var values = new ArrayList<String>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value()));
                return !values.isEmpty();
            });
            assertThat(values).containsExactly("still here");
        }
    }

    @Test
    void refusesToCreateTopicsThatNoServiceDeclared() throws Exception {
        var data = TestDirectories.fresh("kafka-no-auto-create");
        broker = new KafkaBroker(data.resolve("kafka"), data.resolve("kafka-config"), data.resolve("logs/kafka.log"), FreePorts.next(), FreePorts.next());
        broker.start();

        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 2_000), new StringSerializer(), new StringSerializer())) {
            var sent = producer.send(new ProducerRecord<>("undeclared", "key", "value"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> sent.get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        }
        try (var admin = admin()) {
            assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS)).doesNotContain("undeclared");
        }
    }

    private String clusterId() throws Exception {
        try (var admin = admin()) {
            return admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS);
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }
}
