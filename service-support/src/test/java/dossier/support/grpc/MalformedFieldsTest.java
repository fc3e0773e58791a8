package dossier.support.grpc;

import com.google.protobuf.Api;
import com.google.protobuf.Method;
import com.google.protobuf.Mixin;
import com.google.protobuf.Option;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** On protobuf's own proto3 messages: strings at the top, in nested and in repeated messages. */
class MalformedFieldsTest {

    private static final String MARK = "#bad#";

    /** The message's bytes with the mark's bytes made 0xFF (never valid in UTF-8), lengths unchanged. */
    private static byte[] broken(Api api) {
        byte[] wire = api.toByteArray();
        byte[] mark = MARK.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + mark.length <= wire.length; i++) {
            if (Arrays.equals(wire, i, i + mark.length, mark, 0, mark.length)) {
                Arrays.fill(wire, i, i + mark.length, (byte) 0xFF);
                return wire;
            }
        }
        throw new AssertionError("no mark");
    }

    @Test
    void aTopLevelStringIsNamed() {
        byte[] wire = broken(Api.newBuilder().setName(MARK).setVersion("v1").build());
        assertThat(MalformedFields.firstInvalidUtf8(Api.getDescriptor(), wire)).hasValue("Api.name");
        assertThat(MalformedFields.describe(Api.getDescriptor(), wire)).isEqualTo("Api.name is not valid UTF-8");
    }

    @Test
    void aStringInARepeatedNestedMessageIsNamedWithItsIndex() {
        Api api = Api.newBuilder().setName("ok").addMethods(Method.newBuilder().setName("first"))
                .addMethods(Method.newBuilder().setName("second").addOptions(Option.newBuilder().setName(MARK)))
                .addMixins(Mixin.newBuilder().setName("m")).build();
        assertThat(MalformedFields.firstInvalidUtf8(Api.getDescriptor(), broken(api))).hasValue("Api.methods[1].options[0].name");
    }

    @Test
    void wellFormedBytesAndBytesThatAreNoMessageNameNoField() {
        Api api = Api.newBuilder().setName("Ким 金 🚗").addMethods(Method.newBuilder().setName("x")).build();
        assertThat(MalformedFields.firstInvalidUtf8(Api.getDescriptor(), api.toByteArray())).isEmpty();
        byte[] truncated = Arrays.copyOf(api.toByteArray(), 5);
        assertThat(MalformedFields.firstInvalidUtf8(Api.getDescriptor(), truncated)).isEmpty();
        assertThat(MalformedFields.describe(Api.getDescriptor(), truncated)).isEqualTo("the request is not a well-formed Api message");
    }
}
