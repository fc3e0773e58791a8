package dossier.entity.mapping;

import dossier.entity.domain.EntityRecord;
import dossier.entity.domain.IdentifierValue;
import dossier.entity.domain.NameValue;
import dossier.entity.domain.RelationshipValue;
import dossier.entity.matching.MatchSubject;
import dossier.entity.matching.NameKind;
import dossier.entity.matching.NameNormalizer;
import dossier.entity.matching.SubjectName;
import dossier.entity.v1.Entity;
import dossier.entity.v1.Identifier;
import dossier.entity.v1.Name;
import dossier.entity.v1.Relationship;
import dossier.entity.v1.Schema;
import org.apache.commons.codec.digest.DigestUtils;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Wire entity ⇄ stored record ⇄ matcher subject. */
public final class EntityMapper {

    private static final NameNormalizer NORMALIZER = NameNormalizer.standard();

    private EntityMapper() {
    }

    /** Content fingerprint: the wire form without the id, so a re-sent entity compares equal. */
    public static String fingerprint(Entity e) {
        return DigestUtils.sha256Hex(e.toBuilder().clearId().build().toByteArray());
    }

    public static void apply(EntityRecord r, Entity e, String fingerprint) {
        r.key = e.getKey().strip();
        r.schema = (e.getSchema() == Schema.SCHEMA_UNSPECIFIED || e.getSchema() == Schema.UNRECOGNIZED)
                ? Schema.LEGAL_ENTITY.name() : e.getSchema().name();
        r.fingerprint = fingerprint;
        r.verified = e.getVerified();
        r.notes = truncate(e.getNotes(), 10000);
        r.birthDates = clean(e.getBirthDatesList());
        r.countries = clean(e.getCountriesList().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList());
        r.positions = clean(e.getPositionsList());
        r.datasets = clean(e.getDatasetsList());
        r.names.clear();
        for (Name n : e.getNamesList()) {
            if (n.getValue().isBlank()) continue;
            NameValue v = new NameValue();
            v.value = truncate(n.getValue().strip(), 1000);
            v.kind = (n.getKind() == dossier.entity.v1.NameKind.NAME_KIND_UNSPECIFIED
                    || n.getKind() == dossier.entity.v1.NameKind.UNRECOGNIZED) ? "PRIMARY" : n.getKind().name();
            v.script = n.getScript();
            v.provenance = n.getProvenance();
            v.folded = truncate(NORMALIZER.fold(n.getValue()), 1000);
            r.names.add(v);
        }
        r.caption = truncate(!e.getCaption().isBlank() ? e.getCaption().strip()
                : r.names.stream().filter(n -> n.kind.equals("PRIMARY")).findFirst()
                .or(() -> r.names.stream().findFirst()).map(n -> n.value).orElse(r.key), 1000);
        if (r.names.isEmpty()) {
            NameValue v = new NameValue();
            v.value = r.caption;
            v.kind = "PRIMARY";
            v.folded = NORMALIZER.fold(r.caption);
            r.names.add(v);
        }
        r.identifiers.clear();
        for (Identifier i : e.getIdentifiersList()) {
            IdentifierValue v = new IdentifierValue();
            v.scheme = truncate(i.getScheme(), 100);
            v.value = truncate(i.getValue(), 300);
            v.country = truncate(i.getCountry().toLowerCase(Locale.ROOT), 8);
            r.identifiers.add(v);
        }
        r.relationships.clear();
        for (Relationship rel : e.getRelationshipsList()) {
            RelationshipValue v = new RelationshipValue();
            v.type = truncate(rel.getType(), 60);
            v.targetEntityId = truncate(rel.getTargetEntityId(), 36);
            v.targetKey = truncate(rel.getTargetKey(), 300);
            v.role = truncate(rel.getRole(), 300);
            v.provenance = truncate(rel.getProvenance(), 200);
            r.relationships.add(v);
        }
    }

    public static Entity toWire(EntityRecord r) {
        Entity.Builder b = Entity.newBuilder()
                .setId(r.id).setKey(r.key).setSchema(schema(r.schema)).setCaption(nz(r.caption))
                .addAllBirthDates(r.birthDates).addAllCountries(r.countries).addAllPositions(r.positions)
                .addAllDatasets(r.datasets).setVerified(r.verified).setNotes(nz(r.notes));
        for (NameValue n : r.names) {
            b.addNames(Name.newBuilder().setValue(n.value).setKind(nameKind(n.kind))
                    .setScript(nz(n.script)).setProvenance(nz(n.provenance)));
        }
        for (IdentifierValue i : r.identifiers) {
            b.addIdentifiers(Identifier.newBuilder().setScheme(nz(i.scheme)).setValue(nz(i.value)).setCountry(nz(i.country)));
        }
        for (RelationshipValue v : r.relationships) {
            b.addRelationships(Relationship.newBuilder().setType(nz(v.type)).setTargetEntityId(nz(v.targetEntityId))
                    .setTargetKey(nz(v.targetKey)).setRole(nz(v.role)).setProvenance(nz(v.provenance)));
        }
        return b.build();
    }

    /** The part of an entity the matcher holds in memory (MatchEntitiesRequest.brief). */
    public static Entity brief(MatchSubject s) {
        return Entity.newBuilder().setId(s.id()).setSchema(schema(s.schema())).setCaption(nz(s.caption()))
                .addAllBirthDates(s.birthDates()).addAllCountries(s.countries()).addAllDatasets(s.datasets()).build();
    }

    public static MatchSubject toSubject(EntityRecord r) {
        List<SubjectName> names = new ArrayList<>();
        for (NameValue n : r.names) names.add(new SubjectName(n.value, subjectKind(n.kind)));
        return new MatchSubject(r.id, r.schema, r.caption, names, r.birthDates, r.countries, new LinkedHashSet<>(r.datasets));
    }

    public static Schema schema(String s) {
        try {
            return s == null ? Schema.SCHEMA_UNSPECIFIED : Schema.valueOf(s);
        } catch (IllegalArgumentException e) {
            return Schema.SCHEMA_UNSPECIFIED;
        }
    }

    public static NameKind subjectKind(String kind) {
        try {
            return kind == null ? NameKind.PRIMARY : NameKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return NameKind.PRIMARY;
        }
    }

    private static dossier.entity.v1.NameKind nameKind(String kind) {
        try {
            return kind == null ? dossier.entity.v1.NameKind.PRIMARY : dossier.entity.v1.NameKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return dossier.entity.v1.NameKind.NAME_KIND_UNSPECIFIED;
        }
    }

    private static List<String> clean(List<String> in) {
        return new ArrayList<>(in.stream().map(String::strip).filter(s -> !s.isEmpty() && !s.contains("\n")).toList());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String truncate(String s, int max) {
        if (s == null) return null;
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** A recorded judgement on the wire. */
    public static dossier.entity.v1.Decision toWire(dossier.entity.service.DecisionService.Decision d) {
        dossier.entity.domain.DecisionRecord r = d.record();
        return dossier.entity.v1.Decision.newBuilder().setId(Long.toString(r.id)).setLeftEntityId(r.leftEntityId)
                .setRightEntityId(r.rightEntityId).setJudgement(dossier.entity.v1.Judgement.valueOf(r.judgement))
                .setAnalyst(r.analyst).setNote(r.note == null ? "" : r.note).setDecidedAt(r.decidedAt.toString())
                .setCurrent(d.current()).build();
    }

    /** The judgement's name, or "" for an unspecified or unknown value (refused by validation). */
    public static String judgement(dossier.entity.v1.Judgement j) {
        return j == dossier.entity.v1.Judgement.JUDGEMENT_UNSPECIFIED || j == dossier.entity.v1.Judgement.UNRECOGNIZED
                ? "" : j.name();
    }
}
