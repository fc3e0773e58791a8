package dossier.source.cache;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A thread-safe map that keeps at most a number of entries, dropping the least recently used first. */
public final class LruMap {

    private LruMap() {
    }

    public static <K, V> Map<K, V> of(int capacity) {
        return Collections.synchronizedMap(new LinkedHashMap<>(Math.min(capacity, 256), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }
}
