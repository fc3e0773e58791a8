package dossier.entity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One name of an entity, with its folded form for accent- and case-insensitive search. */
@Embeddable
public class NameValue {
    @Column(name = "name_value", length = 1000, nullable = false)
    public String value;
    @Column(name = "name_kind", length = 16)
    public String kind;
    @Column(name = "name_script", length = 8)
    public String script;
    @Column(name = "name_provenance", length = 200)
    public String provenance;
    @Column(name = "name_folded", length = 1000)
    public String folded;
}
