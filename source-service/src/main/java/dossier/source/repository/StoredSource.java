package dossier.source.repository;

import java.util.List;

import dossier.source.domain.Claim;
import dossier.source.domain.Source;

/** A source as stored: the document and its claims, written together in one document. */
public record StoredSource(Source source, List<Claim> claims) {
}
