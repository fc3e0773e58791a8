package dossier.sanctions.service;

import dossier.sanctions.client.EntityDirectory;
import dossier.sanctions.domain.EntityFact;
import dossier.sanctions.domain.Listing;
import dossier.sanctions.mapping.EntityMapper;
import dossier.sanctions.rules.EntityLookup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One entity-service call per entity per evaluation; each entity carries the designations held for it. */
final class CachingEntityLookup implements EntityLookup {
    private final EntityDirectory directory;
    private final ActiveDesignations designations;
    private final Map<String, Optional<EntityFact>> cache = new HashMap<>();

    CachingEntityLookup(EntityDirectory directory, ActiveDesignations designations) {
        this.directory = directory;
        this.designations = designations;
    }

    @Override
    public Optional<EntityFact> find(String entityId) {
        if (entityId == null || entityId.isEmpty()) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(entityId, id -> directory.get(id).map(e -> EntityMapper.toDomain(e, listings(id))));
    }

    private List<Listing> listings(String entityId) {
        return designations.of(entityId).stream()
                .map(d -> new Listing(d.dataset(), d.listName(), d.reference(), d.programs(), d.listedOn() == null ? "" : d.listedOn()))
                .toList();
    }

    @Override
    public boolean listsLoaded() {
        return designations.loaded();
    }
}
