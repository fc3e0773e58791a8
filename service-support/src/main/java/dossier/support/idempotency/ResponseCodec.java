package dossier.support.idempotency;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.Parser;

/**
 * How an answer is kept for retries and given back: the whole message by default; a large one
 * (a source with its text) as a receipt from which the answer is read again.
 */
public interface ResponseCodec<T> {

    byte[] keep(T response);

    T replay(byte[] kept);

    /** The whole answer, as the first call sent it. */
    static <T extends Message> ResponseCodec<T> whole(Parser<T> parser) {
        return new ResponseCodec<>() {
            @Override
            public byte[] keep(T response) {
                return response.toByteArray();
            }

            @Override
            public T replay(byte[] kept) {
                try {
                    return parser.parseFrom(kept);
                } catch (InvalidProtocolBufferException e) {
                    throw new IllegalStateException("a kept answer cannot be read", e);
                }
            }
        };
    }
}
