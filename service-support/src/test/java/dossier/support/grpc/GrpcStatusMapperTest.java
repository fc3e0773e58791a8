package dossier.support.grpc;

import io.grpc.Status;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GrpcStatusMapperTest {

    static final class Missing extends RuntimeException {
        Missing(String m) { super(m); }
    }

    static final class Down extends RuntimeException {
        Down(String m) { super(m); }
    }

    private final GrpcStatusMapper mapper = new GrpcStatusMapper("test-service",
            Map.of(Missing.class, Status.Code.NOT_FOUND, Down.class, Status.Code.UNAVAILABLE)) { };

    @Test
    void domainExceptionsKeepTheirStatusEvenWhenAFrameworkWrapsThem() {
        Status s = mapper.toStatus(new RuntimeException("transaction rolled back", new Missing("no case 'x'")));
        assertThat(s.getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(s.getDescription()).isEqualTo("no case 'x'");
        assertThat(mapper.toStatus(new Down("entity-service is unavailable")).getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    }

    @Test
    void inputErrorsAreInvalidArgumentAndGrpcStatusPassesThrough() {
        assertThat(mapper.toStatus(new IllegalArgumentException("title is blank")).getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(mapper.toStatus(Status.PERMISSION_DENIED.withDescription("no").asRuntimeException()).getCode())
                .isEqualTo(Status.Code.PERMISSION_DENIED);
    }

    @Test
    void anInvalidValueThrownInsideTheStorageLayerIsInternalNotTheCallersFault() {
        IllegalArgumentException stored = new IllegalArgumentException("No enum constant dossier.sanctions.repository.CaseRecord.Status.3");
        stored.setStackTrace(new StackTraceElement[]{
                new StackTraceElement("java.lang.Enum", "valueOf", "Enum.java", 293),
                new StackTraceElement("org.hibernate.type.descriptor.java.EnumJavaType", "fromName", "EnumJavaType.java", 231),
                new StackTraceElement("dossier.sanctions.service.CaseManager", "evaluate", "CaseManager.java", 80)});
        Status s = mapper.toStatus(new RuntimeException("wrapped", stored));
        assertThat(s.getCode()).isEqualTo(Status.Code.INTERNAL);
        assertThat(s.getDescription()).doesNotContain("enum");

        // the service's own check, even when a storage library called it, is the caller's fault as before
        IllegalArgumentException own = new IllegalArgumentException("page_token is not one this service issued");
        own.setStackTrace(new StackTraceElement[]{
                new StackTraceElement("java.util.UUID", "fromString", "UUID.java", 200),
                new StackTraceElement("dossier.support.paging.PageToken", "decode", "PageToken.java", 40),
                new StackTraceElement("org.hibernate.query.spi.AbstractSelectionQuery", "list", "AbstractSelectionQuery.java", 100)});
        assertThat(mapper.toStatus(own).getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    }

    @Test
    void anythingElseIsInternalWithAGenericMessage() {
        Status s = mapper.toStatus(new IllegalStateException("secret detail of the database"));
        assertThat(s.getCode()).isEqualTo(Status.Code.INTERNAL);
        assertThat(s.getDescription()).contains("test-service").doesNotContain("secret");
    }

    @Test
    void aLongMessageIsCutSoItCannotFloodTheResponseHeader() {
        String id = "x".repeat(90_000);
        Status s = mapper.toStatus(new Missing("no case '" + id + "'"));
        assertThat(s.getDescription()).hasSize(GrpcStatusMapper.MAX_DESCRIPTION).endsWith("…");
    }

    @Test
    void aCauseLoopEnds() {
        RuntimeException loop = new RuntimeException("outer") {
            @Override
            public synchronized Throwable getCause() { return this; }
        };
        assertThat(mapper.toStatus(loop).getCode()).isEqualTo(Status.Code.INTERNAL);
    }
}
