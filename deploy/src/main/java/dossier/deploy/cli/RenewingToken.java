package dossier.deploy.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An access token of one local role, fetched again by a command ({@code dossier token ROLE}) once it
 * is older than {@code maxAge}: a run longer than the tokens' lifespan (the local realm's is 15
 * minutes) keeps calling as the same user.
 */
final class RenewingToken implements Supplier<String> {

    private final List<String> command;
    private final long maxAgeNanos;
    private String token;
    private long fetchedAt;

    RenewingToken(String command, String role, Duration maxAge) {
        this.command = new ArrayList<>(List.of(command.strip().split("\\s+")));
        this.command.add(role);
        this.maxAgeNanos = maxAge.toNanos();
    }

    @Override
    public synchronized String get() {
        if (token == null || System.nanoTime() - fetchedAt > maxAgeNanos) {
            token = fetch();
            fetchedAt = System.nanoTime();
        }
        return token;
    }

    private String fetch() {
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0 || out.isEmpty()) {
                throw new IllegalStateException("no token from: " + String.join(" ", command));
            }
            // the token alone on the last line (dossier token's contract)
            return out.substring(out.lastIndexOf('\n') + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching a token", e);
        }
    }
}
