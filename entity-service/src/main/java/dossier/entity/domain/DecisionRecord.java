package dossier.entity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An analyst's judgement on whether two entities are the same. Never updated or deleted: a newer
 * judgement on the same (unordered) pair replaces it as the current one, and the order of ids
 * tells which is newer even within one clock tick.
 */
@Entity
@Table(name = "dossier_entity_decision", indexes = {
        @Index(name = "ix_decision_left", columnList = "left_entity_id"),
        @Index(name = "ix_decision_right", columnList = "right_entity_id"),
        @Index(name = "ix_decision_pair", columnList = "pair_key")})
public class DecisionRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "left_entity_id", length = 36, nullable = false)
    public String leftEntityId;

    @Column(name = "right_entity_id", length = 36, nullable = false)
    public String rightEntityId;

    /** The two ids in sorted order: the same for (a, b) and (b, a). */
    @Column(name = "pair_key", length = 80, nullable = false)
    public String pairKey;

    /** SAME, NOT_SAME or UNSURE. */
    @Column(length = 10, nullable = false)
    public String judgement;

    @Column(length = 200, nullable = false)
    public String analyst;

    @Column(length = 2000)
    public String note;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    public static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }
}
