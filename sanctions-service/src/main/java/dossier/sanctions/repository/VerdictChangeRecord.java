package dossier.sanctions.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One change of a verdict: an evaluation that changed its outcome or confidence, or an analyst's
 * override or withdrawal (a plain history table: Hibernate Envers is not served here).
 */
@Entity
@Table(name = "verdict_change", indexes = @Index(name = "ix_verdict_change_case", columnList = "caseId"))
public class VerdictChangeRecord extends PanacheEntity {
    @Column(nullable = false, length = 40)
    public String caseId;
    @Column(length = 60)
    public String measureId;
    @Column(length = 60)
    public String incidentId;
    @Column(length = 30)
    public String oldOutcome;
    @Column(length = 30)
    public String newOutcome;
    public double oldConfidence;
    public double newConfidence;
    @Column(length = 2000)
    public String reason;
    public Instant changedAt;
    /** The analyst for an override or withdrawal, "evaluation" otherwise. */
    @Column(length = 200)
    public String changedBy;
    /** The measure's title when the change was recorded. */
    @Column(length = 300)
    public String measureTitle;
}
