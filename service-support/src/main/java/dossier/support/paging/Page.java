package dossier.support.paging;

import java.util.List;

/** One page of a paged list: its items and the token of the next page ("" on the last). */
public record Page<T>(List<T> items, String nextPageToken) {
}
