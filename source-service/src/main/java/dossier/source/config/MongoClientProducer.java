package dossier.source.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dossier.source.repository.DurableWrites;

/**
 * The standard MongoDB driver, pointed at DOSSIER_MONGO_URL when set, else at an embedded
 * MongoDB-wire server (mongo-java-server) on 127.0.0.1 and a free port, backed by an H2 file under
 * DOSSIER_DATA_DIR (data survives a restart) or, for tests, by memory.
 */
@ApplicationScoped
public class MongoClientProducer {

    private static final Logger LOG = Logger.getLogger(MongoClientProducer.class);

    @ConfigProperty(name = "dossier.mongo.url")
    Optional<String> url;

    @ConfigProperty(name = "dossier.mongo.database", defaultValue = "dossier")
    String database;

    @ConfigProperty(name = "dossier.mongo.embedded-backend", defaultValue = "h2")
    String embeddedBackend;

    @ConfigProperty(name = "dossier.data-dir", defaultValue = "data")
    String dataDir;

    /**
     * EMBEDDED-MONGO: H2 rewrites the live pages of any file chunk filled below this percentage, in
     * the background (H2's default, 90, kept its serialisation threads busy with a third of the
     * ingest CPU); lower means less rewriting and a file up to 100/rate times the live data.
     */
    @ConfigProperty(name = "dossier.mongo.embedded-compact-fill-rate", defaultValue = "50")
    int compactFillRate;

    /**
     * EMBEDDED-MONGO: H2's page cache in MiB (H2's default, 16). The cache holds documents
     * deserialised, several times their estimated size: at 64 they outlived young collections and
     * made each one copy and promote some 100 MB (young-collection time in source-service fell by a
     * fifth with 16).
     */
    @ConfigProperty(name = "dossier.mongo.embedded-cache-mb", defaultValue = "16")
    int cacheMb;

    private MongoServer server;
    private MVStore store;

    @Produces
    @Singleton
    MongoClient mongoClient() {
        if (usesMongoDb(url)) {
            LOG.infof("source-service uses MongoDB at %s", redact(url.get()));
            return MongoClients.create(settings(url.get()));
        }
        // EMBEDDED-MONGO: mongo-java-server speaks the wire protocol (reports 5.0) but lacks $text,
        // $near, transactions, collation and $setWindowFields; see EMBEDDED-MONGO.md
        server = new MongoServer(backend());
        server.bind("127.0.0.1", 0);
        String conn = server.getConnectionString();
        LOG.infof("source-service uses the embedded MongoDB-wire server (%s backend) at %s", embeddedBackend, conn);
        return MongoClients.create(conn);
    }

    /**
     * A write is acknowledged only once a majority of the replica set has it in its journal, unless
     * the URL says otherwise (w=, journal=): an OK means the write survives a crash.
     */
    static MongoClientSettings settings(String url) {
        ConnectionString cs = new ConnectionString(url);
        MongoClientSettings.Builder b = MongoClientSettings.builder().applyConnectionString(cs);
        if (cs.getWriteConcern() == null) {
            b.writeConcern(WriteConcern.MAJORITY.withJournal(true));
        }
        return b.build();
    }

    /** What makes a write durable before its reply: see {@link DurableWrites}. */
    @Produces
    @Singleton
    DurableWrites durableWrites(MongoClient client) {
        // EMBEDDED-MONGO: the H2 store commits in the background; commit it with each write
        return store == null ? DurableWrites.ALREADY : store::commit;
    }

    @Produces
    @Singleton
    MongoDatabase mongoDatabase(MongoClient client) {
        return client.getDatabase(database);
    }

    private MongoBackend backend() {
        if ("memory".equalsIgnoreCase(embeddedBackend)) {
            return new MemoryBackend();
        }
        try {
            Path dir = Path.of(dataDir);
            Files.createDirectories(dir);
            store = new MVStore.Builder().fileName(dir.resolve("source-mongo.mv").toString())
                    .autoCompactFillRate(compactFillRate).cacheSize(cacheMb).open();
            return new H2Backend(store);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the data directory " + dataDir, e);
        }
    }

    void close(@Disposes MongoClient client) {
        client.close();
        if (server != null) {
            // EMBEDDED-MONGO: the H2 file is only guaranteed complete after a clean shutdown
            server.shutdown(); // also closes the H2 store, flushing it to disk
        }
    }

    /** A MongoDB URL is given (dossier.mongo.url); else the embedded server is used. */
    public static boolean usesMongoDb(Optional<String> url) {
        return url.isPresent() && !url.get().isBlank();
    }

    private static String redact(String connection) {
        return connection.replaceAll("//[^@/]*@", "//***@");
    }
}
