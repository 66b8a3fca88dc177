package nl.perspectief.personaldata;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Subject keys in the service's own PostgreSQL table {@code subject_key}, wrapped by the master key.
 * It works through Spring's JDBC support, so it joins the caller's transaction: a key created while
 * an event is stored commits or rolls back together with that event.
 */
public class JdbcSubjectKeys implements SubjectKeys {

    private static final Logger log = LoggerFactory.getLogger(JdbcSubjectKeys.class);

    private final JdbcClient jdbc;
    private final MasterKey masterKey;
    // unwrapping costs a query and a decryption per field; keys stay in memory only for a while.
    // The write expiry bounds how long another instance of the service, whose cache a shred
    // elsewhere cannot reach, keeps using a key that is gone from the table.
    private final Cache<UUID, SecretKey> cache = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .expireAfterWrite(Duration.ofHours(1))
            .build();

    public JdbcSubjectKeys(DataSource dataSource, MasterKey masterKey) {
        this.jdbc = JdbcClient.create(dataSource);
        this.masterKey = masterKey;
    }

    @Override
    public SecretKey keyFor(UUID subject) {
        SecretKey cached = known(subject);
        if (cached != null) {
            return cached;
        }
        Optional<StoredKey> stored = load(subject);
        if (stored.isEmpty()) {
            // concurrent callers may all get here: the primary key lets one insert win, and the others read the winner
            SecretKey created = newDataKey();
            int inserted = jdbc.sql("insert into subject_key (subject_id, wrapped_key) values (?, ?) on conflict (subject_id) do nothing")
                    .params(subject, AesGcm.seal(masterKey.secretKey(), created.getEncoded(), subject))
                    .update();
            if (inserted == 1) {
                log.debug("Created a data key for subject {}", subject);
                remember(subject, created);
                return created;
            }
            stored = load(subject);
        }
        StoredKey key = stored.orElseThrow(() -> new IllegalStateException("no key row for subject " + subject + " after insert"));
        if (key.wrapped() == null) {
            throw new SubjectErasedException(subject);
        }
        SecretKey dataKey = unwrap(subject, key.wrapped());
        remember(subject, dataKey);
        return dataKey;
    }

    @Override
    public Optional<SecretKey> existingKeyOf(UUID subject) {
        SecretKey cached = known(subject);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<SecretKey> key = load(subject)
                .filter(stored -> stored.wrapped() != null)
                .map(stored -> unwrap(subject, stored.wrapped()));
        key.ifPresent(k -> remember(subject, k));
        return key;
    }

    @Override
    public void shred(UUID subject) {
        // a tombstone even for a subject never seen here, so no key can be created for it afterwards
        jdbc.sql("""
                insert into subject_key (subject_id, wrapped_key, shredded_at) values (?, null, now())
                on conflict (subject_id) do update
                set wrapped_key = null, shredded_at = coalesce(subject_key.shredded_at, excluded.shredded_at)
                """)
                .param(subject)
                .update();
        cache.invalidate(subject);
        Map<UUID, SecretKey> inTransaction = keysOfThisTransaction();
        if (inTransaction != null) {
            inTransaction.remove(subject);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // a reader may cache the old key again before the shredding commits
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.invalidate(subject);
                }
            });
        }
        log.info("Shredded the data key of subject {}", subject);
    }

    private Optional<StoredKey> load(UUID subject) {
        return jdbc.sql("select wrapped_key from subject_key where subject_id = ?")
                .param(subject)
                .query((rs, row) -> new StoredKey(rs.getBytes(1)))
                .optional();
    }

    /** A key from the shared cache, or one this transaction has created or read already. */
    private SecretKey known(UUID subject) {
        SecretKey cached = cache.getIfPresent(subject);
        if (cached != null) {
            return cached;
        }
        Map<UUID, SecretKey> inTransaction = keysOfThisTransaction();
        return inTransaction == null ? null : inTransaction.get(subject);
    }

    private void remember(UUID subject, SecretKey key) {
        Map<UUID, SecretKey> inTransaction = keysOfThisTransaction();
        if (inTransaction != null) {
            // a key created in a transaction that rolls back must not outlive it in the cache, or data encrypted
            // with it later could never be read again: until the commit only this transaction sees it (an event
            // encrypts several fields of one subject, each asking for the key)
            inTransaction.put(subject, key);
        } else {
            cache.put(subject, key);
        }
    }

    /** The keys this transaction created or read, moved to the shared cache when it commits; null outside one. */
    @SuppressWarnings("unchecked")
    private Map<UUID, SecretKey> keysOfThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<UUID, SecretKey> keys = (Map<UUID, SecretKey>) TransactionSynchronizationManager.getResource(this);
        if (keys == null) {
            Map<UUID, SecretKey> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.putAll(fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(JdbcSubjectKeys.this);
                }
            });
            keys = fresh;
        }
        return keys;
    }

    private SecretKey unwrap(UUID subject, byte[] wrapped) {
        return new SecretKeySpec(AesGcm.open(masterKey.secretKey(), wrapped, subject), "AES");
    }

    private static SecretKey newDataKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no AES", e);
        }
    }

    private record StoredKey(byte[] wrapped) {
    }
}
