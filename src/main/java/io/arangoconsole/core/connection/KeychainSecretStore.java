package io.arangoconsole.core.connection;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets in the Secret Service (GNOME Keyring, KWallet, KeePassXC, ...) through {@code secret-tool} from
 * libsecret, on Linux and other Unixes (attributes {@code service arango-console profile <name>}); the secret goes
 * on stdin, never on the command line. A failing or hanging tool (no keyring daemon on a headless box) counts as
 * "not kept", never as an error. macOS and Windows use {@link NativeKeychainSecretStore} (decision 0015).
 */
public final class KeychainSecretStore implements SecretStore {

    private static final Logger LOG = LoggerFactory.getLogger(KeychainSecretStore.class);
    static final String SERVICE = "arango-console";

    /** Runs a command; the seam tests replace to check the argument lists. */
    @FunctionalInterface
    public interface Commands {
        /** @return the exit code and standard output, or exit -1 when it could not run */
        Result run(List<String> command, String stdin);
    }

    /** What a command returned. */
    public record Result(int exit, String stdout) {
    }

    private final Commands commands;

    public KeychainSecretStore(Commands commands) {
        this.commands = commands;
    }

    static boolean onPath(String executable) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, executable))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<String> lookup(String profile, Side side) {
        Result result = commands.run(attributes(List.of("secret-tool", "lookup"), profile, side), null);
        if (result.exit() != 0 || result.stdout() == null) {
            return Optional.empty();
        }
        String secret = stripNewline(result.stdout());
        return secret.isEmpty() ? Optional.empty() : Optional.of(secret);
    }

    @Override
    public boolean store(String profile, Side side, String secret) {
        // secret-tool reads the secret from stdin, so it never appears in a process listing.
        List<String> command = new ArrayList<>(List.of("secret-tool", "store",
                "--label=Arango Console: " + account(profile, side)));
        Result result = commands.run(attributes(command, profile, side), secret);
        if (result.exit() != 0) {
            LOG.warn("The keychain did not keep the secret of profile '{}' (exit {})", profile, result.exit());
        }
        return result.exit() == 0;
    }

    @Override
    public void clear(String profile, Side side) {
        commands.run(attributes(List.of("secret-tool", "clear"), profile, side), null);
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public String description() {
        return "OS keychain (Secret Service)";
    }

    private static List<String> attributes(List<String> head, String profile, Side side) {
        List<String> command = new ArrayList<>(head);
        command.addAll(List.of("service", SERVICE, "profile", account(profile, side)));
        return command;
    }

    /** The primary's secret under the profile's name, a separate replica's under "name (replica)". */
    static String account(String profile, Side side) {
        return side == Side.PRIMARY ? profile : profile + " (replica)";
    }

    private static String stripNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    static Result exec(List<String> command, String stdin) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            // A keyring that waits for an unlock prompt nobody sees must not hang the console.
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, null);
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(process.exitValue(), out);
        } catch (IOException e) {
            return new Result(-1, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, null);
        }
    }
}
