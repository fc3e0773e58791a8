package dossier.sanctions.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Which list names which entity (by entity-service id), under which programs, since when. */
@Entity
@Table(name = "designation", indexes = {
        @Index(name = "ix_designation_entity", columnList = "entityId"),
        @Index(name = "ix_designation_ref", columnList = "dataset,reference", unique = true),
        @Index(name = "ix_designation_updated", columnList = "updatedAt")})
public class DesignationRecord extends PanacheEntity {
    @Column(nullable = false, length = 40)
    public String dataset;
    @Column(nullable = false, length = 120)
    public String listName;
    @Column(nullable = false, length = 80)
    public String reference;
    @Column(nullable = false, length = 120)
    public String entityKey;
    @Column(length = 80)
    public String entityId;
    @Column(length = 400)
    public String programs;
    @Column(length = 20)
    public String listedOn;
    @Column(length = 12000)
    public String remarks;
    @Column(length = 64)
    public String contentHash;
    public boolean delisted;
    public Instant updatedAt;

    public List<String> programList() {
        return programs == null || programs.isEmpty() ? List.of() : Arrays.asList(programs.split("\\|"));
    }

    /** Changes whenever an import adds, changes or delists a designation: what screening results depend on. */
    public static String listsVersion() {
        Object[] row = getEntityManager().createQuery("select count(d), max(d.updatedAt) from DesignationRecord d", Object[].class)
                .getSingleResult();
        return row[0] + "@" + row[1];
    }
}
