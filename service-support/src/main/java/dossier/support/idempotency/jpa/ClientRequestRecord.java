package dossier.support.idempotency.jpa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * A client request id seen by this service and the answer its first call got. The primary key is
 * the hash of caller, RPC and id ({@code ClientRequest.key()}), so a second row for them cannot exist.
 */
@Entity
@Table(name = "client_request", indexes = @Index(name = "ix_client_request_at", columnList = "first_at"))
public class ClientRequestRecord extends PanacheEntityBase {
    @Id
    @Column(name = "request_key", length = 64)
    public String key;
    @Column(nullable = false, length = 200)
    public String caller;
    @Column(nullable = false, length = 200)
    public String operation;
    @Column(name = "request_id", nullable = false, length = 128)
    public String requestId;
    @Column(nullable = false, length = 64)
    public String fingerprint;
    @Column(name = "first_at", nullable = false)
    public Instant at;
    /** The kept answer; set in the transaction that inserts the row, so a committed row always has it. */
    @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
    public byte[] response;
}
