package dossier.support.audit.jpa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The chain's head: the last sequence and its hash, in one row that every append locks (SELECT ...
 * FOR UPDATE), so appends from concurrent transactions and replicas follow one another and never
 * fork the chain; the verifier compares it with the last entry to find deleted newest entries.
 */
@Entity
@Table(name = "audit_head")
public class AuditHeadRecord extends PanacheEntityBase {
    public static final int ID = 1;

    @Id
    public int id;
    @Column(name = "seq_no", nullable = false)
    public long sequence;
    @Column(length = 64)
    public String hash;
}
