package dossier.sanctions.service;

import dossier.support.audit.AuditAction;
import dossier.support.audit.AuditTrail;
import dossier.entity.v1.Entity;
import dossier.entity.v1.UpsertResult;
import dossier.sanctions.client.EntityDirectory;
import dossier.sanctions.lists.DesignationData;
import dossier.sanctions.lists.ListRecord;
import dossier.sanctions.lists.MalformedListException;
import dossier.sanctions.lists.OfacLegacyCsvParser;
import dossier.sanctions.lists.ParsedList;
import dossier.sanctions.lists.UnConsolidatedListParser;
import dossier.sanctions.repository.DesignationRecord;
import dossier.sanctions.v1.ImportListResponse;
import dossier.sanctions.v1.ListFile;
import dossier.sanctions.v1.ListFormat;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports an official list: parse everything first (a malformed file imports nothing), upsert the
 * new or changed entities into entity-service, then write the designation diff in one transaction.
 */
@ApplicationScoped
public class ListImporter {
    private static final Logger LOG = Logger.getLogger(ListImporter.class);

    @Inject
    EntityDirectory entities;
    @Inject
    ActiveDesignations designations;
    @Inject
    AuditTrail audit;

    /** Shipped copies, used when a request carries no files. */
    static final String UN_RESOURCE = "lists/un_consolidated.xml";
    static final String OFAC_SDN = "lists/ofac_sdn.csv";
    static final String OFAC_ADD = "lists/ofac_add.csv";
    static final String OFAC_ALT = "lists/ofac_alt.csv";

    public synchronized ImportListResponse importList(ListFormat format, List<ListFile> files) {
        long start = System.currentTimeMillis();
        ParsedList parsed = parse(format, files);
        LOG.infof("List import %s: %d records parsed, comparing with stored designations", parsed.listName(), parsed.records().size());

        Map<String, ListRecord> byRef = new LinkedHashMap<>();
        for (ListRecord r : parsed.records()) {
            byRef.putIfAbsent(r.designation().reference(), r);
        }
        Map<String, DesignationRecord> existing = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (DesignationRecord d : DesignationRecord.<DesignationRecord>list("dataset", parsed.dataset())) {
                existing.put(d.reference, d);
            }
        });
        Map<String, String> hashes = new HashMap<>();
        List<Entity> toSend = new ArrayList<>();
        int unchanged = 0;
        for (ListRecord r : byRef.values()) {
            String hash = hash(r);
            hashes.put(r.designation().reference(), hash);
            DesignationRecord old = existing.get(r.designation().reference());
            if (old != null && hash.equals(old.contentHash) && !old.delisted && old.entityId != null && !old.entityId.isEmpty()) {
                unchanged++;
            } else {
                toSend.add(r.entity());
            }
        }
        Map<String, String> idsByKey = new HashMap<>();
        if (!toSend.isEmpty()) {
            LOG.infof("List import %s: sending %d new or changed entities to entity-service", parsed.listName(), toSend.size());
            for (UpsertResult u : entities.upsert(toSend)) {
                idsByKey.put(u.getKey(), u.getId());
            }
        }
        int[] counts = new int[3]; // added, changed, removed
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().timeout(600).run(() -> {
            for (ListRecord r : byRef.values()) {
                DesignationData dd = r.designation();
                String hash = hashes.get(dd.reference());
                DesignationRecord old = existing.get(dd.reference());
                String entityId = idsByKey.get(r.entity().getKey());
                if (old == null) {
                    DesignationRecord n = new DesignationRecord();
                    fill(n, r, hash, entityId, now);
                    n.persist();
                    counts[0]++;
                } else if (!hash.equals(old.contentHash) || old.delisted || entityId != null && !entityId.equals(old.entityId)) {
                    DesignationRecord managed = DesignationRecord.findById(old.id);
                    boolean contentChanged = !hash.equals(old.contentHash) || old.delisted;
                    fill(managed, r, hash, entityId != null ? entityId : old.entityId, now);
                    if (contentChanged) {
                        counts[1]++;
                    }
                }
            }
            for (DesignationRecord old : existing.values()) {
                if (!byRef.containsKey(old.reference) && !old.delisted) {
                    DesignationRecord managed = DesignationRecord.findById(old.id);
                    managed.delisted = true;
                    managed.updatedAt = now;
                    counts[2]++;
                }
            }
            audit.recordAs("system:list-import", AuditAction.LIST_IMPORT, "list:" + parsed.listName(), "", AuditTrail.json(Map.of("total", byRef.size(), "added", counts[0], "changed", counts[1], "removed", counts[2])), "");
        });
        designations.reload();
        // Re-sent only for a missing entity id: still the same designation.
        int changed = counts[1];
        unchanged = byRef.size() - counts[0] - changed;
        long ms = System.currentTimeMillis() - start;
        LOG.infof("List import %s done in %d ms: %d total, %d added, %d changed, %d removed, %d unchanged",
                parsed.listName(), ms, byRef.size(), counts[0], changed, counts[2], unchanged);
        return ImportListResponse.newBuilder()
                .setList(parsed.listName())
                .setTotal(byRef.size())
                .setAdded(counts[0])
                .setChanged(changed)
                .setRemoved(counts[2])
                .setUnchanged(unchanged)
                .setDurationMs(ms)
                .addAllWarnings(parsed.warnings())
                .build();
    }

    public ParsedList parse(ListFormat format, List<ListFile> files) {
        return switch (format) {
            case UN_CONSOLIDATED_XML -> {
                byte[] xml = files.isEmpty() ? resource(UN_RESOURCE) : pick(files, "consolidated", true);
                try (InputStream in = new ByteArrayInputStream(xml)) {
                    yield new UnConsolidatedListParser().parse(in);
                } catch (IOException e) {
                    throw new MalformedListException("UN list cannot be read: " + e.getMessage(), e);
                }
            }
            case OFAC_SDN_CSV -> files.isEmpty()
                    ? new OfacLegacyCsvParser().parse(resource(OFAC_SDN), resource(OFAC_ADD), resource(OFAC_ALT))
                    : new OfacLegacyCsvParser().parse(pick(files, "sdn", true), pick(files, "add", false), pick(files, "alt", false));
            default -> throw new IllegalArgumentException("format must be UN_CONSOLIDATED_XML or OFAC_SDN_CSV");
        };
    }

    private static byte[] pick(List<ListFile> files, String role, boolean required) {
        for (ListFile f : files) {
            if (role.equalsIgnoreCase(f.getRole().trim()) || (files.size() == 1 && required && f.getRole().isBlank())) {
                return f.getContent().toByteArray();
            }
        }
        for (ListFile f : files) {
            if (!List.of("consolidated", "sdn", "add", "alt").contains(f.getRole().trim().toLowerCase())) {
                throw new IllegalArgumentException("unknown file role '" + f.getRole() + "': use consolidated (UN) or sdn, add, alt (OFAC)");
            }
        }
        if (required) {
            throw new IllegalArgumentException("the file with role '" + role + "' is required");
        }
        return null;
    }

    static byte[] resource(String name) {
        try (InputStream in = ListImporter.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("shipped list " + name + " is missing from the service");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("shipped list " + name + " cannot be read", e);
        }
    }

    private static void fill(DesignationRecord d, ListRecord r, String hash, String entityId, Instant now) {
        DesignationData dd = r.designation();
        d.dataset = dd.dataset();
        d.listName = dd.listName();
        d.reference = dd.reference();
        d.entityKey = r.entity().getKey();
        d.entityId = entityId;
        d.programs = truncate(String.join("|", dd.programs()), 400);
        d.listedOn = dd.listedOn();
        d.remarks = truncate(dd.remarks(), 12000);
        d.contentHash = hash;
        d.delisted = false;
        d.updatedAt = now;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String hash(ListRecord r) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(r.entity().toByteArray());
            DesignationData d = r.designation();
            md.update(String.join("\u0001", d.listName(), d.reference(), String.join("|", d.programs()), d.listedOn(),
                    d.remarks()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
