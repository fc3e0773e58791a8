package dossier.source.repository;

import com.mongodb.client.MongoDatabase;

/** A SourceRepository on a given database, outside CDI (benchmarks). */
public final class Repositories {

    public static SourceRepository on(MongoDatabase db) {
        SourceRepository repo = new SourceRepository();
        repo.db = db;
        repo.indexes();
        return repo;
    }

    private Repositories() {
    }
}
