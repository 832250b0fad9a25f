package io.arangoconsole.core.connection;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets in the OS keychain through its command-line tool: the Secret Service via {@code secret-tool} on Linux
 * (attributes {@code service arango-console profile <name>}), the login keychain via {@code security} on macOS.
 * A failing or hanging tool (no keyring daemon on a headless box) counts as "not kept", never as an error.
 */
public final class KeychainSecretStore implements SecretStore {

    private static final Logger LOG = LoggerFactory.getLogger(KeychainSecretStore.class);
    static final String SERVICE = "arango-console";

    /** Which tool speaks to the keychain. */
    public enum Tool { SECRET_TOOL, MAC_SECURITY }

    /** Runs a command; the seam tests replace to check the argument lists. */
    @FunctionalInterface
    public interface Commands {
        /** @return the exit code and standard output, or exit -1 when it could not run */
        Result run(List<String> command, String stdin);
    }

    /** What a command returned. */
    public record Result(int exit, String stdout) {
    }

    private final Tool tool;
    private final Commands commands;

    public KeychainSecretStore(Tool tool, Commands commands) {
        this.tool = tool;
        this.commands = commands;
    }

    /** The keychain of this machine when its tool is installed, else an {@link InMemorySecretStore}. */
    public static SecretStore detect() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("mac") && onPath("security")) {
            return new KeychainSecretStore(Tool.MAC_SECURITY, KeychainSecretStore::exec);
        }
        if (!os.startsWith("windows") && onPath("secret-tool")) {
            return new KeychainSecretStore(Tool.SECRET_TOOL, KeychainSecretStore::exec);
        }
        // Windows Credential Manager needs a native library the console does not ship: secrets stay in memory.
        return new InMemorySecretStore();
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
        List<String> command = tool == Tool.SECRET_TOOL
                ? attributes(List.of("secret-tool", "lookup"), profile, side)
                : List.of("security", "find-generic-password", "-s", SERVICE, "-a", account(profile, side), "-w");
        Result result = commands.run(command, null);
        if (result.exit() != 0 || result.stdout() == null) {
            return Optional.empty();
        }
        String secret = stripNewline(result.stdout());
        return secret.isEmpty() ? Optional.empty() : Optional.of(secret);
    }

    @Override
    public boolean store(String profile, Side side, String secret) {
        Result result;
        if (tool == Tool.SECRET_TOOL) {
            // secret-tool reads the secret from stdin, so it never appears in a process listing.
            List<String> command = new ArrayList<>(List.of("secret-tool", "store",
                    "--label=Arango Console: " + account(profile, side)));
            result = commands.run(attributes(command, profile, side), secret);
        } else {
            result = commands.run(List.of("security", "add-generic-password", "-U", "-s", SERVICE, "-a",
                    account(profile, side), "-w", secret), null);
        }
        if (result.exit() != 0) {
            LOG.warn("The keychain did not keep the secret of profile '{}' (exit {})", profile, result.exit());
        }
        return result.exit() == 0;
    }

    @Override
    public void clear(String profile, Side side) {
        List<String> command = tool == Tool.SECRET_TOOL
                ? attributes(List.of("secret-tool", "clear"), profile, side)
                : List.of("security", "delete-generic-password", "-s", SERVICE, "-a", account(profile, side));
        commands.run(command, null);
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public String description() {
        return tool == Tool.SECRET_TOOL ? "OS keychain (Secret Service)" : "OS keychain (macOS Keychain)";
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

    private static Result exec(List<String> command, String stdin) {
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
