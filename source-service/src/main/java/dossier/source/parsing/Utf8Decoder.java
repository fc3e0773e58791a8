package dossier.source.parsing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import dossier.source.domain.InvalidSourceException;

/** Decodes bytes as UTF-8 and refuses anything malformed instead of replacing it silently. */
public final class Utf8Decoder {

    public static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String s = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new InvalidSourceException("raw is not valid UTF-8: send the file encoded as UTF-8");
        }
    }

    private Utf8Decoder() {
    }
}
