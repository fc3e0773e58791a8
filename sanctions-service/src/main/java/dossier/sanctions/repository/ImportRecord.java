package dossier.sanctions.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One list import that wrote: who, when, which files (SHA-256), the counts, forced or not and why. Never changed. */
@Entity
@Table(name = "list_import", indexes = @Index(name = "ix_list_import_dataset", columnList = "dataset,importedAt"))
public class ImportRecord extends PanacheEntity {
    @Column(nullable = false, length = 40)
    public String dataset;
    @Column(nullable = false, length = 120)
    public String listName;
    @Column(nullable = false, length = 200)
    public String actor;
    @Column(nullable = false)
    public Instant importedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "list_import_file", joinColumns = @JoinColumn(name = "import_id"))
    @OrderColumn(name = "position")
    public List<File> files = new ArrayList<>();
    public int total;
    public int added;
    public int changed;
    public int delisted;
    public int unchanged;
    public boolean forced;
    @Column(length = 1000)
    public String reason;

    @Embeddable
    public static class File {
        @Column(nullable = false, length = 32)
        public String role;
        @Column(nullable = false, length = 64)
        public String sha256;
        public long size;
        public boolean shipped;
    }
}
