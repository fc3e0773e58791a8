package dossier.source.repository;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A bounded, least-recently-used memory of decoded sources by id (stored sources are immutable). */
final class DecodedSources {

    private final Map<String, StoredSource> byId;

    DecodedSources(int capacity) {
        byId = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, StoredSource> eldest) {
                return size() > capacity;
            }
        });
    }

    Optional<StoredSource> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    void put(String id, StoredSource source) {
        byId.put(id, source);
    }
}
