package dossier.support.idempotency;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One use of a client request id: who sent it (ids are scoped per caller, so two integrators can
 * never collide or read each other's answers), for which RPC (its request message type), the id,
 * and the fingerprint of the request it came with.
 *
 * @param operation the request message's full name, e.g. dossier.sanctions.v1.CreateCaseRequest
 */
public record ClientRequest(String caller, String operation, String id, String fingerprint) {
    /** The longest id (request-limits.yaml of each service says the same, and refuses longer ones first). */
    public static final int MAX_ID = 128;

    /** The request's id, or empty when it has none (then every call is a new one). */
    public static Optional<ClientRequest> of(String caller, Message request) {
        FieldDescriptor field = request.getDescriptorForType().findFieldByName(RequestFingerprint.FIELD);
        if (field == null) {
            throw new IllegalStateException(request.getDescriptorForType().getFullName() + " has no " + RequestFingerprint.FIELD);
        }
        String id = ((String) request.getField(field)).strip();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        if (id.length() > MAX_ID) {
            throw new IllegalArgumentException(RequestFingerprint.FIELD + " must be at most " + MAX_ID + " characters");
        }
        return Optional.of(new ClientRequest(caller, request.getDescriptorForType().getFullName(), id,
                RequestFingerprint.of(request)));
    }

    /** The RPC's short name for messages: CreateCase for dossier.sanctions.v1.CreateCaseRequest. */
    public String rpc() {
        String simple = operation.substring(operation.lastIndexOf('.') + 1);
        return simple.endsWith("Request") ? simple.substring(0, simple.length() - "Request".length()) : simple;
    }

    /** One fixed-length key for caller, operation and id (stores index this, not three long columns). */
    public String key() {
        var sha = RequestFingerprint.sha256();
        for (String part : new String[]{caller, operation, id}) {
            byte[] b = part.getBytes(StandardCharsets.UTF_8);
            sha.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(b);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
