package nl.perspectief.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class JdbcSubjectKeysTest {

    private static final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());
    private final MasterKey masterKey = PersonalDataFixtures.newMasterKey();
    private final JdbcSubjectKeys keys = new JdbcSubjectKeys(TestDatabase.dataSource(), masterKey);

    @Test
    void createsAKeyOnceAndKeepsItDurably() {
        UUID subject = UUID.randomUUID();

        SecretKey created = keys.keyFor(subject);
        SecretKey afterRestart = new JdbcSubjectKeys(TestDatabase.dataSource(), masterKey).keyFor(subject);

        assertThat(created.getAlgorithm()).isEqualTo("AES");
        assertThat(created.getEncoded()).hasSize(32);
        assertThat(afterRestart.getEncoded()).isEqualTo(created.getEncoded());
        assertThat(rowCount(subject)).isEqualTo(1);
    }

    @Test
    void storesTheKeyOnlyWrappedByTheMasterKey() {
        UUID subject = UUID.randomUUID();
        byte[] key = keys.keyFor(subject).getEncoded();

        byte[] stored = jdbc.sql("select wrapped_key from subject_key where subject_id = ?").param(subject).query(byte[].class).single();

        assertThat(stored).hasSize(12 + 32 + 16);
        assertThat(indexOf(stored, key)).isEqualTo(-1);
    }

    @Test
    void givesEachSubjectItsOwnKey() {
        assertThat(keys.keyFor(UUID.randomUUID()).getEncoded()).isNotEqualTo(keys.keyFor(UUID.randomUUID()).getEncoded());
    }

    @Test
    void cannotUnwrapKeysUnderAnotherMasterKey() {
        UUID subject = UUID.randomUUID();
        keys.keyFor(subject);

        JdbcSubjectKeys withOtherMasterKey = new JdbcSubjectKeys(TestDatabase.dataSource(), PersonalDataFixtures.newMasterKey());

        assertThatThrownBy(() -> withOtherMasterKey.existingKeyOf(subject)).isInstanceOf(PersonalDataIntegrityException.class);
    }

    @Test
    void knowsNoExistingKeyOfAnUnknownSubjectAndCreatesNone() {
        UUID subject = UUID.randomUUID();

        assertThat(keys.existingKeyOf(subject)).isEmpty();
        assertThat(rowCount(subject)).isZero();
    }

    @Test
    void shreddingDestroysTheKeyAndLeavesATombstone() {
        UUID subject = UUID.randomUUID();
        keys.keyFor(subject);

        keys.shred(subject);
        keys.shred(subject);

        Map<String, Object> row = jdbc.sql("select wrapped_key, shredded_at from subject_key where subject_id = ?").param(subject).query().singleRow();
        assertThat(row.get("wrapped_key")).isNull();
        assertThat(row.get("shredded_at")).isNotNull();
        assertThat(keys.existingKeyOf(subject)).isEmpty();
        assertThat(new JdbcSubjectKeys(TestDatabase.dataSource(), masterKey).existingKeyOf(subject)).isEmpty();
    }

    @Test
    void refusesANewKeyForAShreddedSubject() {
        UUID subject = UUID.randomUUID();
        keys.keyFor(subject);
        keys.shred(subject);

        assertThatThrownBy(() -> keys.keyFor(subject))
                .isInstanceOf(SubjectErasedException.class)
                .hasMessageContaining(subject.toString());
    }

    @Test
    void refusesAKeyForASubjectShreddedBeforeItHadOne() {
        UUID subject = UUID.randomUUID();

        keys.shred(subject);

        assertThatThrownBy(() -> keys.keyFor(subject)).isInstanceOf(SubjectErasedException.class);
    }

    @Test
    void createsOneKeyWhenManyThreadsAskForANewSubjectAtOnce() throws Exception {
        UUID subject = UUID.randomUUID();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<byte[]>> askers = IntStream.range(0, threads)
                .<Callable<byte[]>>mapToObj(i -> () -> {
                    // separate instances: no shared cache, as in separate service instances
                    JdbcSubjectKeys own = new JdbcSubjectKeys(TestDatabase.dataSource(), masterKey);
                    start.await();
                    return own.keyFor(subject).getEncoded();
                })
                .toList();

        List<byte[]> results;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<byte[]>> futures = askers.stream().map(pool::submit).toList();
            start.countDown();
            results = futures.stream().map(PersonalDataFixtures::await).toList();
        }

        assertThat(results).allSatisfy(key -> assertThat(key).isEqualTo(results.getFirst()));
        assertThat(rowCount(subject)).isEqualTo(1);
    }

    @Test
    void forgetsAKeyCreatedInATransactionThatRolledBack() {
        UUID subject = UUID.randomUUID();
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(TestDatabase.dataSource()));

        byte[] rolledBack = transaction.execute(status -> {
            byte[] key = keys.keyFor(subject).getEncoded();
            status.setRollbackOnly();
            return key;
        });

        assertThat(rowCount(subject)).isZero();
        assertThat(keys.existingKeyOf(subject)).isEmpty();
        assertThat(keys.keyFor(subject).getEncoded()).isNotEqualTo(rolledBack);
    }

    @Test
    void asksTheDatabaseOncePerSubjectWithinATransaction() {
        UUID created = UUID.randomUUID();
        UUID existing = UUID.randomUUID();
        new JdbcSubjectKeys(TestDatabase.dataSource(), masterKey).keyFor(existing);
        CountingDataSource counting = new CountingDataSource(TestDatabase.dataSource());
        JdbcSubjectKeys fresh = new JdbcSubjectKeys(counting, masterKey);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(counting));

        transaction.executeWithoutResult(status -> {
            SecretKey first = fresh.keyFor(created);
            SecretKey read = fresh.keyFor(existing);
            for (int field = 0; field < 4; field++) {
                assertThat(fresh.keyFor(created).getEncoded()).isEqualTo(first.getEncoded());
                assertThat(fresh.keyFor(existing).getEncoded()).isEqualTo(read.getEncoded());
            }
        });

        // created: one look-up and one insert; existing: one look-up; every later field: none
        assertThat(counting.statements()).isEqualTo(3);
        assertThat(fresh.existingKeyOf(created)).isPresent();
        assertThat(counting.statements()).as("cached once the transaction committed").isEqualTo(3);
    }

    @Test
    void forgetsWithinTheTransactionAKeyItShredded() {
        UUID subject = UUID.randomUUID();
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(TestDatabase.dataSource()));

        transaction.executeWithoutResult(status -> {
            keys.keyFor(subject);
            keys.shred(subject);

            assertThat(keys.existingKeyOf(subject)).isEmpty();
            assertThatThrownBy(() -> keys.keyFor(subject)).isInstanceOf(SubjectErasedException.class);
        });

        assertThat(keys.existingKeyOf(subject)).isEmpty();
    }

    /** Counts the statements prepared on its connections. */
    private static final class CountingDataSource extends org.springframework.jdbc.datasource.DelegatingDataSource {

        private final java.util.concurrent.atomic.AtomicInteger statements = new java.util.concurrent.atomic.AtomicInteger();

        CountingDataSource(javax.sql.DataSource target) {
            super(target);
        }

        int statements() {
            return statements.get();
        }

        @Override
        public java.sql.Connection getConnection() throws java.sql.SQLException {
            java.sql.Connection connection = super.getConnection();
            return (java.sql.Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {java.sql.Connection.class}, (proxy, method, args) -> {
                        if (method.getName().startsWith("prepare")) {
                            statements.incrementAndGet();
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    private static long rowCount(UUID subject) {
        return jdbc.sql("select count(*) from subject_key where subject_id = ?").param(subject).query(Long.class).single();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
