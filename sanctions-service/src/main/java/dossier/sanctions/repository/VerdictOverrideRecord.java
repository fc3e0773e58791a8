package dossier.sanctions.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An analyst's outcome for one incident under one measure. Kept apart from the verdict row and keyed
 * by (case, incident, measure), so that re-evaluation, which replaces or removes verdict rows, never
 * touches it; it applies again whenever a verdict of that incident and measure exists.
 */
@Entity
@Table(name = "verdict_override", indexes = @Index(name = "ix_verdict_override_key",
        columnList = "caseId,incidentId,measureId", unique = true))
public class VerdictOverrideRecord extends PanacheEntity {
    @Column(nullable = false, length = 40)
    public String caseId;
    @Column(nullable = false, length = 60)
    public String incidentId;
    @Column(nullable = false, length = 60)
    public String measureId;
    @Column(nullable = false, length = 30)
    public String outcome;
    @Column(nullable = false, length = 4000)
    public String justification;
    @Column(nullable = false, length = 200)
    public String analyst;
    @Column(nullable = false)
    public Instant overriddenAt;
}
