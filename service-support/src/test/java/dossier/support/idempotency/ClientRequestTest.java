package dossier.support.idempotency;

import com.google.protobuf.ByteString;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ClientRequestTest {

    /** A request type as the contract declares them (stubs are generated in the services, not here). */
    private static final Descriptors.Descriptor CREATE = descriptor();

    private static Descriptors.Descriptor descriptor() {
        DescriptorProto.Builder m = DescriptorProto.newBuilder().setName("CreateCaseRequest");
        m.addField(field("title", 1, FieldDescriptorProto.Type.TYPE_STRING));
        m.addField(field("description", 2, FieldDescriptorProto.Type.TYPE_STRING));
        m.addField(field("content", 3, FieldDescriptorProto.Type.TYPE_BYTES));
        m.addField(field("client_request_id", 40, FieldDescriptorProto.Type.TYPE_STRING));
        FileDescriptorProto file = FileDescriptorProto.newBuilder().setName("test.proto").setPackage("dossier.sanctions.v1")
                .setSyntax("proto3").addMessageType(m).build();
        try {
            return Descriptors.FileDescriptor.buildFrom(file, new Descriptors.FileDescriptor[0]).findMessageTypeByName("CreateCaseRequest");
        } catch (Descriptors.DescriptorValidationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FieldDescriptorProto field(String name, int number, FieldDescriptorProto.Type type) {
        return FieldDescriptorProto.newBuilder().setName(name).setNumber(number).setType(type)
                .setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL).build();
    }

    private static Message create(String title, String id) {
        return DynamicMessage.newBuilder(CREATE).setField(CREATE.findFieldByName("title"), title)
                .setField(CREATE.findFieldByName("client_request_id"), id).build();
    }

    private static Message with(Message m, String field, Object value) {
        return m.toBuilder().setField(CREATE.findFieldByName(field), value).build();
    }

    @Test
    void noIdMeansNoClientRequest() {
        assertThat(ClientRequest.of("ana", create("T", ""))).isEmpty();
        assertThat(ClientRequest.of("ana", create("T", "   "))).isEmpty();
    }

    @Test
    void theFingerprintIgnoresTheIdAndSeesEveryOtherField() {
        String a = RequestFingerprint.of(create("Title", "k1"));
        assertThat(RequestFingerprint.of(create("Title", "k2"))).isEqualTo(a);
        assertThat(RequestFingerprint.of(create("Title ", "k1"))).isNotEqualTo(a);
        assertThat(RequestFingerprint.of(with(create("Title", "k1"), "description", "d"))).isNotEqualTo(a);
        Message file = with(create("Title", "k1"), "content", ByteString.copyFromUtf8("1,A"));
        assertThat(RequestFingerprint.of(file)).isNotEqualTo(RequestFingerprint.of(with(file, "content", ByteString.copyFromUtf8("1,B"))))
                .isEqualTo(RequestFingerprint.of(with(file, "client_request_id", "k9")));
    }

    @Test
    void keysAreScopedToCallerAndRpcAndStripped() {
        ClientRequest r = ClientRequest.of("ana", create("T", " k1 ")).orElseThrow();
        assertThat(r.id()).isEqualTo("k1");
        assertThat(r.operation()).isEqualTo("dossier.sanctions.v1.CreateCaseRequest");
        assertThat(r.rpc()).isEqualTo("CreateCase");
        assertThat(r.key()).hasSize(64).isEqualTo(ClientRequest.of("ana", create("Other", "k1")).orElseThrow().key());
        assertThat(r.key()).isNotEqualTo(ClientRequest.of("bob", create("T", "k1")).orElseThrow().key());
        // the parts are length-prefixed: "a" + "nak1" is not "an" + "ak1"
        assertThat(new ClientRequest("a", "x", "nak1", "").key()).isNotEqualTo(new ClientRequest("an", "x", "ak1", "").key());
    }

    @Test
    void anOverlongIdIsRefused() {
        assertThatThrownBy(() -> ClientRequest.of("ana", create("T", "k".repeat(129))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("client_request_id");
    }

    @Test
    void anotherRequestWithTheIdIsAlreadyExistsNamingTheId() {
        ClientRequest first = ClientRequest.of("ana", create("T", "k1")).orElseThrow();
        FirstResponse kept = new FirstResponse(first.fingerprint(), new byte[0], Instant.parse("2026-01-01T00:00:00Z"));
        kept.requireSameRequest(first);
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> kept.requireSameRequest(ClientRequest.of("ana", create("Secret other title", "k1")).orElseThrow()));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
        assertThat(e.getStatus().getDescription()).contains("'k1'").contains("CreateCase").doesNotContain("Secret");
    }
}
