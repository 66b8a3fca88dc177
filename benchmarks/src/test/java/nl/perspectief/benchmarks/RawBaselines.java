package nl.perspectief.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The same work as a path of the platform, done raw on the same servers in the same run: what the database or the
 * broker allow, the figure the platform is measured against. Tables of their own (schema {@code bench}, made like the
 * services' own, so with the same columns, keys and indexes, but a sequence of their own), in the service's database;
 * one connection per client, held for the run.
 */
final class RawBaselines {

    private RawBaselines() {
    }

    /** Tables shaped like Axon's event table and personal-data's subject keys, in schema bench of the database. */
    static void prepare(DataSource superuser) throws SQLException {
        try (Connection connection = superuser.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("create schema if not exists bench");
            // its own sequence: sharing the service's (as "including all" would, through global_index's default)
            // leaves gaps in the service's event positions, which its tracking processors then wait on
            sql.execute("create sequence if not exists bench.domain_event_entry_global_index_seq");
            sql.execute("""
                    create table if not exists bench.domain_event_entry (like public.domain_event_entry
                        including constraints including indexes including storage)""");
            sql.execute("""
                    alter table bench.domain_event_entry alter column global_index
                        set default nextval('bench.domain_event_entry_global_index_seq')""");
            sql.execute("create table if not exists bench.subject_key (like public.subject_key including all)");
        }
    }

    /** One connection per client, autocommit off. */
    static List<Connection> connections(DataSource superuser, int clients) throws SQLException {
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Connection connection = superuser.getConnection();
            connection.setAutoCommit(false);
            connections.add(connection);
        }
        return connections;
    }

    static void close(List<Connection> connections) {
        connections.forEach(connection -> {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the run is over
            }
        });
    }

    /**
     * What a registration writes, as one transaction: one event row with a payload of {@code payloadBytes} and
     * {@code subjectKeys} subject-key rows (wrapped keys of 60 bytes).
     */
    static void write(Connection connection, int payloadBytes, int subjectKeys) throws SQLException {
        byte[] payload = new byte[payloadBytes];
        ThreadLocalRandom.current().nextBytes(payload);
        try (PreparedStatement event = connection.prepareStatement("""
                insert into bench.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                values (?, ?, 0, 'Registration', ?, 'nl.perspectief.RegistrationSubmittedEvent', null, ?, ?)""");
             PreparedStatement key = connection.prepareStatement(
                     "insert into bench.subject_key (subject_id, wrapped_key, created_at) values (?, ?, now())")) {
            event.setString(1, UUID.randomUUID().toString());
            event.setString(2, UUID.randomUUID().toString());
            event.setString(3, Instant.now().toString());
            event.setBytes(4, payload);
            event.setBytes(5, new byte[200]);
            event.executeUpdate();
            for (int i = 0; i < subjectKeys; i++) {
                byte[] wrapped = new byte[60];
                ThreadLocalRandom.current().nextBytes(wrapped);
                key.setObject(1, UUID.randomUUID());
                key.setBytes(2, wrapped);
                key.addBatch();
            }
            if (subjectKeys > 0) {
                key.executeBatch();
            }
            connection.commit();
        } catch (SQLException failed) {
            connection.rollback();
            throw failed;
        }
    }

    /**
     * Producer to consumer through the broker at a fixed rate, with the services' producer settings (acks=all,
     * idempotent, linger.ms 0) and a consumer as a service's: each record's latency from the moment it was due to
     * the moment the consumer had it.
     */
    static final class KafkaRoundTrip implements AutoCloseable {

        private final KafkaProducer<String, byte[]> producer;
        private final KafkaConsumer<String, byte[]> consumer;
        private final Map<String, CompletableFuture<Instant>> waiting = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread poller;
        private final String topic = "bench.round-trip." + UUID.randomUUID();

        KafkaRoundTrip(String bootstrapServers) throws Exception {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
                admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
            }
            Properties producing = new Properties();
            producing.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            producing.put(ProducerConfig.ACKS_CONFIG, "all");
            producing.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            producing.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            producer = new KafkaProducer<>(producing, new StringSerializer(), new ByteArraySerializer());
            Properties consuming = new Properties();
            consuming.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            consuming.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
            consuming.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            consuming.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            consumer = new KafkaConsumer<>(consuming, new StringDeserializer(), new ByteArrayDeserializer());
            consumer.subscribe(List.of(topic));
            poller = Thread.ofPlatform().name("bench-round-trip").start(() -> {
                while (running.get()) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        CompletableFuture<Instant> sent = waiting.remove(record.key());
                        if (sent != null) {
                            sent.complete(Instant.now());
                        }
                    }
                }
                consumer.close();
            });
            // the consumer has joined its group and been given the partitions before anything is measured
            send(Instant.now()).get();
        }

        /** Sends a record of about a registration's size; completes when the consumer has it. */
        CompletableFuture<Instant> send(Instant due) {
            String key = UUID.randomUUID().toString();
            CompletableFuture<Instant> received = new CompletableFuture<>();
            waiting.put(key, received);
            producer.send(new ProducerRecord<>(topic, key, new byte[1500]), (metadata, failed) -> {
                if (failed != null) {
                    waiting.remove(key);
                    received.completeExceptionally(failed);
                }
            });
            return received;
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            poller.join(5_000);
            producer.close();
        }
    }
}
