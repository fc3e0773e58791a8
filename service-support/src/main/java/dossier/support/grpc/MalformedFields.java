package dossier.support.grpc;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.WireFormat;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Says which field makes a request's bytes unreadable. Protobuf refuses a whole message when one
 * proto3 string holds bytes that are not UTF-8, without naming the field; this walks the wire form
 * with the message's descriptor (nested messages, repeated fields and map entries included) and
 * names the first string that is not valid UTF-8, as {@code Message.field}, {@code Message.list[2].field}.
 */
public final class MalformedFields {

    /** Deeper nesting is not walked (protobuf itself refuses more than 100 levels). */
    private static final int MAX_DEPTH = 100;

    private MalformedFields() {
    }

    /** The path of the first string field whose bytes are not valid UTF-8; empty when there is none or the bytes are not a message. */
    public static Optional<String> firstInvalidUtf8(Descriptor type, byte[] wire) {
        try {
            return Optional.ofNullable(walk(type, CodedInputStream.newInstance(wire), type.getName(), 0));
        } catch (IOException | RuntimeException notAMessage) {
            return Optional.empty();
        }
    }

    /** Why the bytes are not a {@code type} message, as a sentence naming the field where it can. */
    public static String describe(Descriptor type, byte[] wire) {
        return firstInvalidUtf8(type, wire).map(field -> field + " is not valid UTF-8")
                .orElse("the request is not a well-formed " + type.getName() + " message");
    }

    private static String walk(Descriptor type, CodedInputStream in, String path, int depth) throws IOException {
        Map<Integer, Integer> seen = new HashMap<>();
        while (!in.isAtEnd()) {
            int tag = in.readTag();
            FieldDescriptor f = type.findFieldByNumber(WireFormat.getTagFieldNumber(tag));
            boolean delimited = WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED;
            if (f == null || !delimited || !(f.getType() == FieldDescriptor.Type.STRING || f.getType() == FieldDescriptor.Type.MESSAGE)) {
                in.skipField(tag);
                continue;
            }
            int index = seen.merge(f.getNumber(), 1, Integer::sum) - 1;
            String where = path + "." + f.getName() + (f.isRepeated() ? "[" + index + "]" : "");
            ByteString bytes = in.readBytes();
            if (f.getType() == FieldDescriptor.Type.STRING) {
                if (f.needsUtf8Check() && !bytes.isValidUtf8()) {
                    return where;
                }
            } else if (depth < MAX_DEPTH) {
                String inner = walk(f.getMessageType(), bytes.newCodedInput(), where, depth + 1);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
