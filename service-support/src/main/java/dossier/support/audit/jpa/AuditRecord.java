package dossier.support.audit.jpa;

import dossier.support.audit.AuditEntry;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;

/** One audit entry; the sequence is the key, so two entries can never share one. Never updated or deleted. */
@Entity
@Table(name = "audit_entry", indexes = @Index(name = "ix_audit_target", columnList = "target,seq_no"))
public class AuditRecord extends PanacheEntityBase {
    @Id
    @Column(name = "seq_no")
    public long sequence;
    @Column(name = "recorded_at", nullable = false)
    public Instant at;
    @Column(nullable = false, length = 200)
    public String actor;
    @Column(nullable = false, length = 60)
    public String action;
    @Column(nullable = false, length = 300)
    public String target;
    @Column(name = "before_json", length = 8000)
    public String before;
    @Column(name = "after_json", length = 8000)
    public String after;
    @Column(length = 8000)
    public String reason;
    @Column(nullable = false, length = 64)
    public String previousHash;
    @Column(nullable = false, length = 64)
    public String hash;

    public static AuditRecord of(AuditEntry e) {
        AuditRecord r = new AuditRecord();
        r.sequence = e.sequence();
        r.at = e.at();
        r.actor = e.actor();
        r.action = e.action();
        r.target = e.target();
        r.before = e.before();
        r.after = e.after();
        r.reason = e.reason();
        r.previousHash = e.previousHash();
        r.hash = e.hash();
        return r;
    }

    public AuditEntry toEntry() {
        // Oracle-style stores read an empty string back as null: the hash covers "" for both
        return new AuditEntry(sequence, at, actor, action, target, orEmpty(before), orEmpty(after), orEmpty(reason), previousHash, hash);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
