package dossier.entity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An identifier (passport, registration number ...) of an entity. */
@Embeddable
public class IdentifierValue {
    @Column(name = "id_scheme", length = 100)
    public String scheme;
    @Column(name = "id_value", length = 300)
    public String value;
    @Column(name = "id_country", length = 8)
    public String country;
}
