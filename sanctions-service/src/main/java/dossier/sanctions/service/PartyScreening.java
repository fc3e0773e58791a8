package dossier.sanctions.service;

import dossier.entity.v1.Schema;
import dossier.sanctions.v1.ScreeningHit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Name screening of case parties, remembered until the lists change: a party's hits depend only on
 * its name, schema and country and on the imported lists, and a case is evaluated again after every
 * source while its parties stay the same. The lists' version is the one of the designations screening
 * serves ({@link ActiveDesignations}), so an import on another replica empties this cache too.
 */
@ApplicationScoped
public class PartyScreening {
    private static final int MAX_ENTRIES = 10_000;

    @Inject
    Screener screener;
    @Inject
    ActiveDesignations designations;

    private final Map<String, List<ScreeningHit>> cache = new ConcurrentHashMap<>();
    private volatile String cachedVersion = "";

    /** The lists' current version; pass it to {@link #hits}. */
    public String version() {
        return designations.version();
    }

    public List<ScreeningHit> hits(String listsVersion, String name, Schema schema, String country) {
        if (!listsVersion.equals(cachedVersion) || cache.size() > MAX_ENTRIES) {
            cache.clear();
            cachedVersion = listsVersion;
        }
        // the version is in the key too: a screening that started before an import cannot serve after it
        String key = listsVersion + "|" + schema + "|" + country + "|" + name;
        List<ScreeningHit> hits = cache.get(key);
        if (hits == null) {
            // not computeIfAbsent: the remote call must not block other keys, and a failure is not cached
            hits = screener.screenParty(name, schema, country);
            cache.put(key, hits);
        }
        return hits;
    }
}
