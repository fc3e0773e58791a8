package dossier.support.idempotency;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a request asks for, as a SHA-256 of its deterministic wire form without its
 * {@code client_request_id}: equal for a retry, different when any other field changed. Streamed,
 * so a 64 MiB list import is hashed without a copy.
 */
public final class RequestFingerprint {
    /** The field every idempotent request carries (proto field 40). */
    public static final String FIELD = "client_request_id";

    private RequestFingerprint() {
    }

    public static String of(Message request) {
        FieldDescriptor id = request.getDescriptorForType().findFieldByName(FIELD);
        Message body = id == null ? request : request.toBuilder().clearField(id).build();
        MessageDigest sha = sha256();
        try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            CodedOutputStream out = CodedOutputStream.newInstance(sink);
            // map entries in key order: the same request always gives the same bytes
            out.useDeterministicSerialization();
            body.writeTo(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
