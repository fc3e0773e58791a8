package dossier.source.repository;

/**
 * Makes the writes made so far durable before a reply says they are done. On MongoDB the write
 * concern (majority, journaled; MongoClientProducer) does it with each write, so this does nothing;
 * EMBEDDED-MONGO: the embedded server's H2 store keeps writes in memory and commits them to its file
 * in the background about once a second, so a process killed in that second lost sources whose
 * ingest had been answered OK: here the store is committed instead.
 */
@FunctionalInterface
public interface DurableWrites {

    /** MongoDB, or a memory store: nothing to do. */
    DurableWrites ALREADY = () -> { };

    void commit();
}
