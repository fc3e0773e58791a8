package dossier.deploy.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A case to load: a title and its source articles, read from a folder with a {@code case.json}
 * manifest (or from the samples shipped in this jar).
 */
public record SampleCase(String title, String description, List<Article> articles) {

    public record Article(String name, String text, String outlet, String url, String publishedDate) {
    }

    record Manifest(String title, String description, List<Entry> sources) {
    }

    record Entry(String file, String outlet, String url, String published_date) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The sample shipped with the launcher: "Aurus gift, 2024". */
    public static SampleCase bundled() {
        return read(name -> {
            InputStream in = SampleCase.class.getResourceAsStream("/samples/aurus-gift-2024/" + name);
            if (in == null) {
                throw new IllegalStateException("sample file missing from the jar: " + name);
            }
            try (in) {
                return in.readAllBytes();
            }
        });
    }

    /** A folder holding case.json and the article files it names. */
    public static SampleCase fromDirectory(Path dir) {
        if (!Files.isRegularFile(dir.resolve("case.json"))) {
            throw new IllegalArgumentException(dir + " has no case.json (title, description, sources: [{file, outlet, url, published_date}])");
        }
        return read(name -> Files.readAllBytes(dir.resolve(name)));
    }

    interface Reader {
        byte[] read(String name) throws IOException;
    }

    private static SampleCase read(Reader reader) {
        try {
            Manifest manifest = JSON.readValue(reader.read("case.json"), Manifest.class);
            List<Article> articles = new ArrayList<>();
            for (Entry e : manifest.sources()) {
                articles.add(new Article(e.file(), new String(reader.read(e.file()), java.nio.charset.StandardCharsets.UTF_8),
                        nz(e.outlet()), nz(e.url()), nz(e.published_date())));
            }
            return new SampleCase(manifest.title(), nz(manifest.description()), articles);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the case: " + e.getMessage(), e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
