package dossier.sanctions.service;

import dossier.support.grpc.CallBudget;
import dossier.support.audit.AuditAction;
import dossier.support.audit.AuditTrail;
import dossier.entity.v1.Entity;
import dossier.entity.v1.UpsertResult;
import dossier.sanctions.client.EntityDirectory;
import dossier.sanctions.imports.DelistingGuard;
import dossier.sanctions.imports.ImportCommand;
import dossier.sanctions.imports.ImportDiff;
import dossier.sanctions.imports.ImportOutcome;
import dossier.sanctions.lists.DesignationData;
import dossier.sanctions.lists.ListFiles;
import dossier.sanctions.lists.ListKind;
import dossier.sanctions.lists.ListRecord;
import dossier.sanctions.lists.OfacLegacyCsvParser;
import dossier.sanctions.lists.ParsedList;
import dossier.sanctions.lists.UnConsolidatedListParser;
import dossier.sanctions.repository.DesignationRecord;
import dossier.sanctions.repository.ImportRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports an official list: parse everything first (a malformed file imports nothing), compare with
 * the stored designations, refuse a large delisting unless forced, upsert every entity of the list
 * into entity-service, then write the designation diff and the import record in one transaction.
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

    @ConfigProperty(name = "dossier.lists.max-delisted-share", defaultValue = "0.05")
    double maxDelistedShare;

    public synchronized ImportOutcome importList(ImportCommand cmd) {
        long start = System.currentTimeMillis();
        DelistingGuard.requireReason(cmd.force(), cmd.reason());
        ListFiles files = cmd.files().isEmpty()
                ? ListFiles.shipped(cmd.kind(), role -> resource(shippedResource(cmd.kind(), role)))
                : ListFiles.of(cmd.kind(), cmd.files());
        ParsedList parsed = parse(files);
        LOG.infof("List import %s: %d records parsed, comparing with stored designations", parsed.listName(), parsed.records().size());

        Map<String, ListRecord> byRef = new LinkedHashMap<>();
        for (ListRecord r : parsed.records()) {
            byRef.putIfAbsent(r.designation().reference(), r);
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        byRef.forEach((ref, r) -> hashes.put(ref, hash(r)));
        Map<String, DesignationRecord> existing = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (DesignationRecord d : DesignationRecord.<DesignationRecord>list("dataset", parsed.dataset())) {
                existing.put(d.reference, d);
            }
        });
        Map<String, ImportDiff.Stored> stored = new HashMap<>();
        existing.forEach((ref, d) -> stored.put(ref, new ImportDiff.Stored(d.contentHash == null ? "" : d.contentHash, d.delisted)));
        ImportDiff diff = ImportDiff.between(stored, hashes);
        Optional<String> refusal = new DelistingGuard(maxDelistedShare).refusal(parsed.listName(), diff);
        if (cmd.dryRun()) {
            return new ImportOutcome(parsed.listName(), diff, System.currentTimeMillis() - start, parsed.warnings(), true,
                    null, refusal.orElse(""));
        }
        if (refusal.isPresent() && !cmd.force()) {
            LOG.warnf("List import %s refused: %s", parsed.listName(), refusal.get());
            throw new FailedPreconditionException(refusal.get());
        }

        // Every entity of the list's designations after this import, not only the changed ones: a
        // list entity someone altered in entity-service (UpsertEntities with its key) is repaired.
        Map<String, String> idsByKey = new HashMap<>();
        List<Entity> all = byRef.values().stream().map(ListRecord::entity).toList();
        CallBudget.checkBefore("storing the list"); // a caller that gave up gets nothing imported
        if (!all.isEmpty()) {
            LOG.infof("List import %s: upserting all %d entities of the list into entity-service", parsed.listName(), all.size());
            for (UpsertResult u : entities.upsert(all)) {
                idsByKey.put(u.getKey(), u.getId());
            }
        }
        // milliseconds: what every database's timestamp column keeps, so the answer equals the record read back
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        CallBudget.checkBefore("storing the designations");
        // joins the transaction of a client request id (Idempotency): the import and the id's kept answer
        // commit together, so a retry after a crash between them cannot import the list a second time
        ImportRecord record = QuarkusTransaction.joiningExisting().timeout(600).call(() -> {
            for (ListRecord r : byRef.values()) {
                String ref = r.designation().reference();
                DesignationRecord old = existing.get(ref);
                String entityId = idsByKey.getOrDefault(r.entity().getKey(), old == null ? null : old.entityId);
                if (old == null) {
                    DesignationRecord n = new DesignationRecord();
                    fill(n, r, hashes.get(ref), entityId, now);
                    n.persist();
                } else if (!hashes.get(ref).equals(old.contentHash) || old.delisted || !Objects.equals(entityId, old.entityId)) {
                    fill(DesignationRecord.findById(old.id), r, hashes.get(ref), entityId, now);
                }
            }
            for (String ref : diff.delisted()) {
                DesignationRecord managed = DesignationRecord.findById(existing.get(ref).id);
                managed.delisted = true;
                managed.updatedAt = now;
            }
            ImportRecord rec = record(parsed, files, diff, cmd, now);
            rec.persist();
            // the caller's identity when a request started the import, else the service's own actor (first start)
            audit.recordAs(cmd.actor(), AuditAction.LIST_IMPORT, "list:" + parsed.listName(), "", AuditTrail.json(Map.of(
                    "total", diff.total(), "added", diff.added().size(), "changed", diff.changed().size(),
                    "delisted", diff.delisted().size(), "forced", cmd.force(),
                    "files", files.checksums().stream().map(c -> c.role() + ":" + c.sha256()).toList())), cmd.reason());
            return rec;
        });
        designations.reload();
        long ms = System.currentTimeMillis() - start;
        LOG.infof("List import %s by %s done in %d ms: %d total, %d added, %d changed, %d delisted, %d unchanged%s",
                parsed.listName(), cmd.actor(), ms, diff.total(), diff.added().size(), diff.changed().size(),
                diff.delisted().size(), diff.unchanged().size(), cmd.force() ? " (forced: " + cmd.reason() + ")" : "");
        return new ImportOutcome(parsed.listName(), diff, ms, parsed.warnings(), false, record, "");
    }

    private static ImportRecord record(ParsedList parsed, ListFiles files, ImportDiff diff, ImportCommand cmd, Instant now) {
        ImportRecord r = new ImportRecord();
        r.dataset = parsed.dataset();
        r.listName = parsed.listName();
        r.actor = cmd.actor();
        r.importedAt = now;
        for (ListFiles.Checksum c : files.checksums()) {
            ImportRecord.File f = new ImportRecord.File();
            f.role = c.role();
            f.sha256 = c.sha256();
            f.size = c.size();
            f.shipped = c.shipped();
            r.files.add(f);
        }
        r.total = diff.total();
        r.added = diff.added().size();
        r.changed = diff.changed().size();
        r.delisted = diff.delisted().size();
        r.unchanged = diff.unchanged().size();
        r.forced = cmd.force();
        r.reason = cmd.reason() == null || cmd.reason().isBlank() ? null : cmd.reason().strip();
        return r;
    }

    /** The recorded imports, newest first; dataset empty: all lists. */
    public List<ImportRecord> imports(String dataset, int limit, int offset) {
        return QuarkusTransaction.requiringNew().call(() -> (dataset.isEmpty()
                ? ImportRecord.<ImportRecord>find("order by importedAt desc, id desc")
                : ImportRecord.<ImportRecord>find("dataset = ?1 order by importedAt desc, id desc", dataset))
                .range(offset, offset + limit - 1).list());
    }

    public long importCount(String dataset) {
        return QuarkusTransaction.requiringNew().call(() -> dataset.isEmpty() ? ImportRecord.count() : ImportRecord.count("dataset", dataset));
    }

    public ParsedList parse(ListFiles files) {
        return switch (files.kind()) {
            case UN_CONSOLIDATED -> new UnConsolidatedListParser().parse(new ByteArrayInputStream(files.get("consolidated")));
            case OFAC_SDN -> new OfacLegacyCsvParser().parse(files.get("sdn"), files.get("add"), files.get("alt"));
        };
    }

    /** The copy of a list file shipped in the service's resources. */
    static String shippedResource(ListKind kind, String role) {
        return kind == ListKind.UN_CONSOLIDATED ? "lists/un_consolidated.xml" : "lists/ofac_" + role + ".csv";
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
