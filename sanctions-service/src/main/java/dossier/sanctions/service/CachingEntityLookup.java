package dossier.sanctions.service;

import dossier.entity.v1.Entity;
import dossier.sanctions.client.EntityDirectory;
import dossier.sanctions.rules.EntityLookup;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** One entity-service call per entity per evaluation. */
final class CachingEntityLookup implements EntityLookup {
    private final EntityDirectory directory;
    private final Map<String, Optional<Entity>> cache = new HashMap<>();

    CachingEntityLookup(EntityDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<Entity> find(String entityId) {
        if (entityId == null || entityId.isEmpty()) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(entityId, directory::get);
    }
}
