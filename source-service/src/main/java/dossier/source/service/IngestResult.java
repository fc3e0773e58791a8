package dossier.source.service;

import dossier.source.repository.StoredSource;

public record IngestResult(StoredSource stored, boolean duplicate) {
}
