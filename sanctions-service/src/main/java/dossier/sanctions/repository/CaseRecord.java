package dossier.sanctions.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** A case; its last evaluation (incidents and parties) is kept as the wire message it is served as. */
@Entity
@Table(name = "dossier_case")
public class CaseRecord extends PanacheEntityBase {
    public enum Status { OPEN, IN_REVIEW, CLOSED }

    @Id
    @Column(length = 40)
    public String id;
    @Column(nullable = false, length = 200)
    public String title;
    @Column(length = 4000)
    public String description;
    /**
     * A plain string column, not the database's own enum type (Hibernate's default on H2): a status
     * kept in H2's ENUM (stored as an ordinal) was once read back as "3" instead of its label, by the
     * first call after a kill -9 of sanctions-service (fault suite). A database created before keeps
     * its ENUM column (schema update never changes a column's type).
     */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    public Status status;
    @Column(length = 200)
    public String assignedAnalyst;
    @Column(nullable = false)
    public Instant createdAt;
    public Instant updatedAt;
    public Instant evaluatedAt;
    /**
     * dossier.sanctions.v1.CaseFile bytes holding only incidents and parties. Loaded on first use
     * (Quarkus enhances entities): GetCase, asked on every ingest, does not need the megabytes of a large case.
     */
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
    public byte[] evaluation;
    /**
     * The sources seen by the last evaluation (id and title of each), to explain what changed next
     * time; unbounded: a case may hold thousands. (It replaces the column evaluatedSources, 8,000
     * characters, which a case of some 150 sources overflowed; schema update adds a column but never
     * widens one, and an old database keeps the old column unused.)
     */
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    public String evaluatedSourceList;
    /** The designation lists' version the stored screening hits were found with (see DesignationRecord.listsVersion). */
    @Column(length = 80)
    public String screenedListsVersion;
    /** The analysts' notes (free text). */
    @Column(length = CaseRecord.MAX_NOTES)
    public String notes;

    public static final int MAX_NOTES = 20_000;

    /**
     * Counts the edits of the case (UpdateCase), for optimistic concurrency (Case.version); null on
     * rows written before versions (read as 0). Evaluations do not change it.
     */
    public Long editVersion;

    public long version() {
        return editVersion == null ? 0 : editVersion;
    }

    /**
     * Counts every change of what the case file shows (edit, evaluation, override, dismissal,
     * restoration); null on rows written before it (read as 0). The assembled case file is kept
     * under it (CaseFileCache), so a change on any replica makes every replica assemble it anew.
     */
    public Long fileVersion;

    public long fileVersion() {
        return fileVersion == null ? 0 : fileVersion;
    }

    /** The case file changed at {@code at} (inside the transaction that holds the case's lock). */
    public void changed(Instant at) {
        updatedAt = at;
        fileVersion = fileVersion() + 1;
    }

    /**
     * No longer written: client request ids live in the shared store (ClientRequestRecord, scoped per
     * caller); the column stays so that stores written by earlier versions still map.
     */
    @Column(length = 128, unique = true)
    public String clientRequestId;
}
