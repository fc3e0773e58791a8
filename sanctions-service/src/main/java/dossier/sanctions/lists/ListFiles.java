package dossier.sanctions.lists;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The files of one list import by role: each role of the list at most once (two files of one role
 * are refused, never one silently dropped), no role the list does not have, the required one present.
 */
public record ListFiles(ListKind kind, Map<String, byte[]> byRole, boolean shipped) {

    /** One file as a request carries it. */
    public record Part(String role, byte[] content) {
    }

    /** What an import record keeps of a file. */
    public record Checksum(String role, String sha256, long size, boolean shipped) {
    }

    /**
     * The request's files by role; a blank role is the required one when it is the only file.
     *
     * @throws IllegalArgumentException naming the role, for a duplicate, unknown or missing role
     */
    public static ListFiles of(ListKind kind, List<Part> parts) {
        Map<String, byte[]> byRole = new LinkedHashMap<>();
        for (Part p : parts) {
            String role = p.role() == null ? "" : p.role().strip().toLowerCase(Locale.ROOT);
            if (role.isEmpty() && parts.size() == 1) {
                role = kind.requiredRole();
            }
            if (!kind.roles().contains(role)) {
                throw new IllegalArgumentException("unknown file role '" + role + "' for the " + kind.label()
                        + " list: use " + String.join(", ", kind.roles()));
            }
            requireUtf8(role, p.content());
            if (byRole.putIfAbsent(role, p.content()) != null) {
                throw new IllegalArgumentException("two files of role '" + role + "' in one import: send one file per role");
            }
        }
        if (!byRole.containsKey(kind.requiredRole())) {
            throw new IllegalArgumentException("the file with role '" + kind.requiredRole() + "' is required");
        }
        return new ListFiles(kind, byRole, false);
    }

    /**
     * Both lists' files are UTF-8 (the parsers read them so): a file that is not is refused before
     * anything of the import is read or stored, instead of importing names with replacement characters.
     */
    static void requireUtf8(String role, byte[] content) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content == null ? new byte[0] : content);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = utf8.decode(in, out, true);
            if (r.isError()) {
                throw new IllegalArgumentException("the file with role '" + role + "' is not valid UTF-8 (at byte "
                        + in.position() + "); nothing was imported");
            }
            if (r.isUnderflow()) {
                return;
            }
            out.clear();
        }
    }

    /** The copy shipped with the service: every role of the list, read by role. */
    public static ListFiles shipped(ListKind kind, Function<String, byte[]> byRole) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        kind.roles().forEach(role -> files.put(role, byRole.apply(role)));
        return new ListFiles(kind, files, true);
    }

    /** The file of a role, or null when the import has none. */
    public byte[] get(String role) {
        return byRole.get(role);
    }

    public List<Checksum> checksums() {
        List<Checksum> out = new ArrayList<>();
        byRole.forEach((role, bytes) -> out.add(new Checksum(role, sha256(bytes), bytes.length, shipped)));
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
