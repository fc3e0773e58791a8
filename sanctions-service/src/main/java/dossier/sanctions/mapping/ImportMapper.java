package dossier.sanctions.mapping;

import dossier.sanctions.imports.ImportCommand;
import dossier.sanctions.imports.ImportDiff;
import dossier.sanctions.imports.ImportOutcome;
import dossier.sanctions.lists.ListFiles;
import dossier.sanctions.lists.ListKind;
import dossier.sanctions.repository.ImportRecord;
import dossier.sanctions.v1.ImportListRequest;
import dossier.sanctions.v1.ImportListResponse;
import dossier.sanctions.v1.ImportSample;
import dossier.sanctions.v1.ImportedFile;
import dossier.sanctions.v1.ListFormat;
import dossier.sanctions.v1.ListImportRecord;

/** List import requests and outcomes ↔ wire messages. */
public final class ImportMapper {
    private static final int SAMPLE = 20;

    private ImportMapper() {
    }

    public static ImportCommand command(ImportListRequest r, String actor) {
        return new ImportCommand(kind(r.getFormat()),
                r.getFilesList().stream().map(f -> new ListFiles.Part(f.getRole(), f.getContent().toByteArray())).toList(),
                r.getDryRun(), r.getForce(), r.getReason(), actor);
    }

    static ListKind kind(ListFormat f) {
        return switch (f) {
            case UN_CONSOLIDATED_XML -> ListKind.UN_CONSOLIDATED;
            case OFAC_SDN_CSV -> ListKind.OFAC_SDN;
            default -> throw new IllegalArgumentException("format must be UN_CONSOLIDATED_XML or OFAC_SDN_CSV");
        };
    }

    public static ImportListResponse toProto(ImportOutcome o) {
        ImportDiff d = o.diff();
        ImportListResponse.Builder b = ImportListResponse.newBuilder()
                .setList(o.listName())
                .setTotal(d.total())
                .setAdded(d.added().size())
                .setChanged(d.changed().size())
                .setRemoved(d.delisted().size())
                .setUnchanged(d.unchanged().size())
                .setDurationMs(o.durationMs())
                .addAllWarnings(o.warnings())
                .setDryRun(o.dryRun())
                .setSample(ImportSample.newBuilder()
                        .addAllAdded(ImportDiff.sample(d.added(), SAMPLE))
                        .addAllChanged(ImportDiff.sample(d.changed(), SAMPLE))
                        .addAllDelisted(ImportDiff.sample(d.delisted(), SAMPLE))
                        .addAllUnchanged(ImportDiff.sample(d.unchanged(), SAMPLE)))
                .setDelistedShare(d.delistedShare())
                .setRefusal(o.refusal());
        if (o.record() != null) {
            b.setRecord(toProto(o.record()));
        }
        return b.build();
    }

    public static ListImportRecord toProto(ImportRecord r) {
        ListImportRecord.Builder b = ListImportRecord.newBuilder()
                .setId(String.valueOf(r.id))
                .setDataset(r.dataset)
                .setList(r.listName)
                .setActor(r.actor)
                .setImportedAt(r.importedAt.toString())
                .setTotal(r.total)
                .setAdded(r.added)
                .setChanged(r.changed)
                .setDelisted(r.delisted)
                .setUnchanged(r.unchanged)
                .setForced(r.forced)
                .setReason(r.reason == null ? "" : r.reason);
        r.files.forEach(f -> b.addFiles(ImportedFile.newBuilder().setRole(f.role).setSha256(f.sha256).setSize(f.size)
                .setShipped(f.shipped)));
        return b.build();
    }
}
