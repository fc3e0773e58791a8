package dossier.entity.matching;

/** One name of a match subject. */
public record SubjectName(String value, NameKind kind) {
}
