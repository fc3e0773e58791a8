package dossier.source.mapping;

import dossier.source.repository.StoredSource;
import dossier.source.v1.IngestSourceResponse;
import dossier.source.v1.Source;
import dossier.support.idempotency.ResponseCodec;

import java.util.function.Function;

/**
 * How an IngestSource answer is kept for retries with its client_request_id: only the source id and
 * the duplicate flag (the whole answer carries the text, up to 5 MB, and every claim), read again
 * from the store on a retry. The stored source never changes, so the retry's answer is the first's.
 */
public final class IngestReceipts implements ResponseCodec<IngestSourceResponse> {
    private final Function<String, StoredSource> sources;

    /** @param sources a stored source by id */
    public IngestReceipts(Function<String, StoredSource> sources) {
        this.sources = sources;
    }

    /** The answer to an ingest of this source. */
    public static IngestSourceResponse answer(StoredSource stored, boolean duplicate) {
        var b = IngestSourceResponse.newBuilder().setSource(ProtoMapper.source(stored, true)).setDuplicate(duplicate);
        stored.claims().forEach(c -> b.addClaims(ProtoMapper.claim(c)));
        return b.build();
    }

    @Override
    public byte[] keep(IngestSourceResponse response) {
        return IngestSourceResponse.newBuilder().setSource(Source.newBuilder().setId(response.getSource().getId()))
                .setDuplicate(response.getDuplicate()).build().toByteArray();
    }

    @Override
    public IngestSourceResponse replay(byte[] kept) {
        IngestSourceResponse receipt = ResponseCodec.whole(IngestSourceResponse.parser()).replay(kept);
        return answer(sources.apply(receipt.getSource().getId()), receipt.getDuplicate());
    }
}
