package dossier.entity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A typed link from an entity to another one (by id or, before it is known, by key). */
@Embeddable
public class RelationshipValue {
    @Column(name = "rel_type", length = 60)
    public String type;
    @Column(name = "rel_target_id", length = 36)
    public String targetEntityId;
    @Column(name = "rel_target_key", length = 300)
    public String targetKey;
    @Column(name = "rel_role", length = 300)
    public String role;
    @Column(name = "rel_provenance", length = 200)
    public String provenance;
}
