package dossier.sanctions.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** The current verdict of one incident under one measure (the full verdict as its wire bytes). */
@Entity
@Table(name = "verdict", indexes = @Index(name = "ix_verdict_case", columnList = "caseId"))
public class VerdictRecord extends PanacheEntityBase {
    @Id
    @Column(length = 200)
    public String id;
    @Column(nullable = false, length = 40)
    public String caseId;
    @Column(nullable = false, length = 60)
    public String incidentId;
    @Column(nullable = false, length = 60)
    public String measureId;
    @Column(nullable = false, length = 30)
    public String outcome;
    public double confidence;
    public Instant evaluatedAt;
    @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
    public byte[] payload;
}
