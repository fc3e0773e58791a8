package dossier.support.audit.jpa;

import dossier.support.audit.AuditChain;
import dossier.support.audit.AuditDraft;
import dossier.support.audit.AuditEntry;
import dossier.support.audit.AuditQuery;
import dossier.support.audit.AuditStore;
import dossier.support.audit.AuditVerification;
import dossier.support.audit.AuditVerifier;
import dossier.support.audit.ChainHead;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * A service's audit chain in its own relational database, written in the transaction of the change.
 * Not a bean here (the MongoDB service and the web UI have no JPA): a service with Hibernate ORM
 * wires it with an empty {@code @ApplicationScoped} subclass.
 */
public abstract class JpaAuditStore implements AuditStore {

    /** Creates the head row once, in its own transaction (it may be asked for during start-up, before any observer ran). */
    private static void createHead() {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (AuditHeadRecord.findById(AuditHeadRecord.ID) == null) {
                    AuditHeadRecord h = new AuditHeadRecord();
                    h.id = AuditHeadRecord.ID;
                    h.persist();
                }
            });
        } catch (RuntimeException anotherWriterCreatedIt) {
            // the primary key keeps one head; the loser of a race finds the winner's
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry append(AuditDraft draft) {
        AuditHeadRecord head = AuditHeadRecord.findById(AuditHeadRecord.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            createHead();
            head = AuditHeadRecord.findById(AuditHeadRecord.ID, LockModeType.PESSIMISTIC_WRITE);
        }
        AuditEntry entry = AuditChain.next(head.sequence == 0 ? null : new ChainHead(head.sequence, head.hash), draft, Instant.now());
        AuditRecord.of(entry).persist();
        head.sequence = entry.sequence();
        head.hash = entry.hash();
        return entry;
    }

    @Override
    @Transactional
    public List<AuditEntry> page(AuditQuery q) {
        StringBuilder where = new StringBuilder("sequence < :below");
        Parameters p = Parameters.with("below", q.below());
        if (q.target() != null) {
            where.append(" and target = :target");
            p = p.and("target", q.target());
        }
        if (q.since() != null) {
            where.append(" and at >= :since");
            p = p.and("since", q.since());
        }
        if (q.until() != null) {
            where.append(" and at < :until");
            p = p.and("until", q.until());
        }
        return AuditRecord.<AuditRecord>find(where.toString(), Sort.descending("sequence"), p).page(0, q.pageSize()).list()
                .stream().map(AuditRecord::toEntry).toList();
    }

    @Override
    @Transactional
    public AuditVerification verify() {
        AuditHeadRecord head = AuditHeadRecord.findById(AuditHeadRecord.ID);
        AuditVerifier verifier = new AuditVerifier();
        try (Stream<AuditRecord> rows = AuditRecord.<AuditRecord>findAll(Sort.ascending("sequence")).stream()) {
            rows.takeWhile(r -> {
                boolean go = verifier.accept(r.toEntry());
                Panache.getEntityManager().detach(r); // a long chain is streamed, not held
                return go;
            }).forEach(r -> { });
        }
        return verifier.finish(head == null || head.sequence == 0 ? null : new ChainHead(head.sequence, head.hash));
    }
}
