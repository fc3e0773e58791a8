package dossier.support.grpc;

import com.google.protobuf.Api;
import com.google.protobuf.ByteString;
import com.google.protobuf.BytesValue;
import com.google.protobuf.DoubleValue;
import com.google.protobuf.Method;
import com.google.protobuf.SourceContext;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** On protobuf's own well-known messages, which have strings, bytes, numbers, nesting and repetition. */
class RequestLimitsTest {

    private static RequestLimits limits(String yaml) throws IOException {
        return RequestLimits.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private final RequestLimits limits = limits("""
            default: 20
            lengths:
              name: 10
              Method.name: 5
              value: 8
            multiline: [version]
            ranges:
              DoubleValue.value: [0, 1]
            """);

    RequestLimitsTest() throws IOException {
    }

    @Test
    void aFieldAtItsLimitPassesAndOneCharacterMoreIsRefusedByName() {
        assertThat(limits.violation(Api.newBuilder().setName("x".repeat(10)).build())).isEmpty();
        assertThat(limits.violation(Api.newBuilder().setName("x".repeat(11)).build()))
                .hasValue("Api.name is 11 characters long; at most 10 are accepted");
    }

    @Test
    void aWholeRequestIsBoundedByItsOwnSizeElseTheDefaultElseFourMebibytes() throws IOException {
        RequestLimits sized = limits("""
                default: 100000000
                message_bytes:
                  default: 100
                  Api: 1000
                """);
        Api big = Api.newBuilder().setName("x".repeat(500)).build();
        assertThat(sized.tooLarge(big)).isEmpty();
        assertThat(sized.tooLarge(Api.newBuilder().setName("x".repeat(1500)).build()).orElseThrow())
                .startsWith("Api is ").endsWith("bytes; at most 1000 are accepted");
        assertThat(sized.tooLarge(Method.newBuilder().setName("x".repeat(500)).build())).isPresent();
        RequestLimits unsized = limits("default: 100000000\n");
        assertThat(unsized.tooLarge(Api.newBuilder().setName("x".repeat(4 * 1024 * 1024)).build())).isPresent();
        assertThat(unsized.tooLarge(Api.newBuilder().setName("x".repeat(4 * 1024 * 1024 - 100)).build())).isEmpty();
    }

    @Test
    void theMessageNeverEchoesTheValue() {
        String hostile = "<script>" + "y".repeat(90_000);
        assertThat(limits.violation(Api.newBuilder().setName(hostile).build()).orElseThrow())
                .doesNotContain("script").doesNotContain("yyy").hasSizeLessThan(80);
    }

    @Test
    void nestedAndRepeatedFieldsAreCheckedWithTheirOwnLimits() {
        Api nested = Api.newBuilder().setName("ok").setSourceContext(SourceContext.newBuilder().setFileName("f".repeat(21))).build();
        assertThat(limits.violation(nested)).hasValue("Api.source_context.file_name is 21 characters long; at most 20 are accepted");
        Api repeated = Api.newBuilder().addMethods(Method.newBuilder().setName("abcde"))
                .addMethods(Method.newBuilder().setName("abcdef")).build();
        assertThat(limits.violation(repeated)).hasValue("Api.methods.name is 6 characters long; at most 5 are accepted");
    }

    @Test
    void controlCharactersAreRefusedButLineBreaksOnlyWhereTextMayHaveLines() {
        assertThat(limits.violation(Api.newBuilder().setName("a\u0000b").build()).orElseThrow()).contains("U+0000");
        assertThat(limits.violation(Api.newBuilder().setName("a\nb").build()).orElseThrow()).contains("single line");
        assertThat(limits.violation(Api.newBuilder().setVersion("line 1\nline 2\tx").build())).isEmpty();
        assertThat(limits.violation(Api.newBuilder().setVersion("bell\u0007").build())).isPresent();
    }

    @Test
    void numbersMustBeFiniteAndInTheirRange() {
        assertThat(limits.violation(DoubleValue.of(Double.NaN))).hasValue("DoubleValue.value must be a finite number");
        assertThat(limits.violation(DoubleValue.of(Double.POSITIVE_INFINITY))).isPresent();
        assertThat(limits.violation(DoubleValue.of(1.5))).hasValue("DoubleValue.value must lie between 0 and 1");
        assertThat(limits.violation(DoubleValue.of(0.8))).isEmpty();
    }

    @Test
    void byteStringsAreBoundedBySize() {
        assertThat(limits.violation(BytesValue.of(ByteString.copyFrom(new byte[8])))).isEmpty();
        assertThat(limits.violation(BytesValue.of(ByteString.copyFrom(new byte[9]))))
                .hasValue("BytesValue.value is 9 bytes long; at most 8 are accepted");
    }
}
