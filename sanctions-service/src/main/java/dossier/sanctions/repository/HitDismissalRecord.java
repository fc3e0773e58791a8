package dossier.sanctions.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;

/** A screening hit an analyst dismissed as a false positive for one party of one case. */
@Entity
@Table(name = "hit_dismissal", indexes = @Index(name = "ix_hit_dismissal_key",
        columnList = "caseId,partyEntityId,hitEntityId", unique = true))
public class HitDismissalRecord extends PanacheEntity {
    @Column(nullable = false, length = 40)
    public String caseId;
    @Column(nullable = false, length = 200)
    public String partyEntityId;
    @Column(nullable = false, length = 200)
    public String hitEntityId;
    @Column(nullable = false, length = 200)
    public String analyst;
    @Column(nullable = false, length = 4000)
    public String reason;
    @Column(nullable = false)
    public Instant dismissedAt;
    /** Set when the hit was restored: the record stays (null while the hit is dismissed). */
    public Instant restoredAt;
    @Column(length = 200)
    public String restoredBy;
}
