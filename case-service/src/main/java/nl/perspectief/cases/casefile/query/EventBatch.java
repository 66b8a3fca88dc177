package nl.perspectief.cases.casefile.query;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * What a read model keeps while its tracking processor handles one batch of events (up to its {@code batch-size}, in
 * one unit of work and one transaction): each case's row read once, changed in memory by every event of the batch,
 * and written once when the batch commits, in its transaction, before its token. A replay of 100 events of one case
 * then reads and writes (decrypts and encrypts) its row once, not 100 times. A failed batch throws its state away
 * with its transaction; the processor handles the batch again from the rows as they were.
 * <p>
 * Outside a unit of work (a handler called on its own) the state lives for one event and is written at once.
 */
final class EventBatch {

    private EventBatch() {
    }

    /**
     * Runs {@code work} on the batch's state under {@code key}, made by {@code create} on the batch's first event and
     * handed to {@code write} once, as the batch commits.
     */
    static <S> void with(String key, Supplier<S> create, Consumer<S> write, Consumer<S> work) {
        if (!CurrentUnitOfWork.isStarted()) {
            S state = create.get();
            work.accept(state);
            write.accept(state);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        S state = batch.getOrComputeResource(key, ignored -> {
            S created = create.get();
            batch.onPrepareCommit(committing -> write.accept(created));
            return created;
        });
        work.accept(state);
    }
}
