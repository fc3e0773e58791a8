package dossier.support.testing;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every field a request can carry, found from its descriptor: top-level fields and the fields of
 * nested messages and repeated messages, down to {@link #MAX_DEPTH} messages deep (a message type
 * is not entered again inside itself). Each is a path from the request to a scalar field, which can
 * build a request holding one value there and nothing else.
 */
public record RequestFields(Descriptor request, List<FieldDescriptor> path) {

    /** Request messages nest a few levels (an entity's names); deeper paths add nothing the limits do not already cover. */
    public static final int MAX_DEPTH = 4;

    /** The scalar (non-message) fields of {@code request}, nested ones included, in declaration order. */
    public static List<RequestFields> of(Descriptor request) {
        List<RequestFields> out = new ArrayList<>();
        walk(request, request, List.of(), out);
        return out;
    }

    private static void walk(Descriptor request, Descriptor type, List<FieldDescriptor> above, List<RequestFields> out) {
        for (FieldDescriptor f : type.getFields()) {
            List<FieldDescriptor> path = new ArrayList<>(above);
            path.add(f);
            if (f.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
                out.add(new RequestFields(request, List.copyOf(path)));
            } else if (above.size() + 1 < MAX_DEPTH && !entered(request, above, f.getMessageType())) {
                walk(request, f.getMessageType(), path, out);
            }
        }
    }

    private static boolean entered(Descriptor request, List<FieldDescriptor> above, Descriptor type) {
        return type.equals(request) || above.stream().anyMatch(f -> f.getMessageType().equals(type));
    }

    /** The field itself (the last step of the path). */
    public FieldDescriptor field() {
        return path.getLast();
    }

    /** How the services' refusals name it: {@code UpsertEntitiesRequest.entities.names.value} (list indexes left out). */
    public String name() {
        return request.getName() + "." + path.stream().map(FieldDescriptor::getName).collect(Collectors.joining("."));
    }

    /** A request of the prototype's type whose only content is {@code value} at this path (one element in each list on the way). */
    public Message with(Message prototype, Object value) {
        if (!prototype.getDescriptorForType().equals(request)) {
            throw new IllegalArgumentException(prototype.getDescriptorForType().getFullName() + " is not " + request.getFullName());
        }
        Message.Builder builder = prototype.newBuilderForType();
        set(builder, 0, value);
        return builder.build();
    }

    private void set(Message.Builder builder, int step, Object value) {
        FieldDescriptor f = path.get(step);
        Object v = value;
        if (step < path.size() - 1) {
            Message.Builder child = builder.newBuilderForField(f);
            set(child, step + 1, value);
            v = child.build();
        }
        if (f.isRepeated()) {
            builder.addRepeatedField(f, v);
        } else {
            builder.setField(f, v);
        }
    }
}
