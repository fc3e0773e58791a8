package dossier.entity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.util.ArrayList;
import java.util.List;

/** A stored entity; names, identifiers and relationships live in child tables. */
@Entity
@Table(name = "dossier_entity", indexes = {
        @Index(name = "ix_entity_key", columnList = "entity_key", unique = true),
        @Index(name = "ix_entity_schema", columnList = "entity_schema")})
public class EntityRecord extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "entity_key", length = 300, nullable = false)
    public String key;

    @Column(name = "entity_schema", length = 20, nullable = false)
    public String schema;

    @Column(length = 1000)
    public String caption;

    /** SHA-256 of the entity's content: equal fingerprints mean an upsert changes nothing. */
    @Column(length = 64, nullable = false)
    public String fingerprint;

    public boolean verified;

    /** When this row was last added or changed: other replicas refresh their index from it. */
    @Column(name = "updated_at")
    public java.time.Instant updatedAt;

    @Column(length = 10000)
    public String notes;

    @Convert(converter = StringListConverter.class)
    @Column(name = "birth_dates", length = 1000)
    public List<String> birthDates = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(length = 1000)
    public List<String> countries = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(length = 4000)
    public List<String> positions = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(length = 1000)
    public List<String> datasets = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "dossier_entity_name", joinColumns = @JoinColumn(name = "entity_id"),
            indexes = @Index(name = "ix_entity_name_entity", columnList = "entity_id"))
    @OrderColumn(name = "pos")
    @BatchSize(size = 256)
    public List<NameValue> names = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "dossier_entity_identifier", joinColumns = @JoinColumn(name = "entity_id"))
    @OrderColumn(name = "pos")
    @BatchSize(size = 256)
    public List<IdentifierValue> identifiers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "dossier_entity_relationship", joinColumns = @JoinColumn(name = "entity_id"))
    @OrderColumn(name = "pos")
    @BatchSize(size = 256)
    public List<RelationshipValue> relationships = new ArrayList<>();
}
