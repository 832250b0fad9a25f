package io.arangoconsole.cli;

import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The one check of every command's endpoint options: {@code http://host:8529} (also https, tcp, ssl, a trailing
 * slash) or {@code host:port}; anything else is bad usage (exit 2). A URL with a user or password in it is refused
 * without echoing it: passwords come from the environment, where {@code ps} and shell history do not see them.
 */
final class Endpoints {
    private static final Pattern WITH_SCHEME = Pattern.compile("(?i)(https?|tcp|ssl)://[A-Za-z0-9._\\-]+"
            + "|(?i)(https?|tcp|ssl)://\\[[0-9A-Fa-f:.]+\\]");
    private static final Pattern PORT = Pattern.compile("(:\\d{1,5})?/?");
    private static final Pattern HOST_PORT = Pattern.compile("[A-Za-z0-9._\\-]+:\\d{1,5}");

    private Endpoints() {
    }

    /**
     * {@code url} without a trailing slash when it is an endpoint; else throws the usage error naming {@code option}
     * and, for a URL carrying credentials, the environment variable {@code passwordEnv} to use instead.
     */
    static String check(CommandSpec spec, String option, String url, String passwordEnv) {
        String text = url == null ? "" : url.strip();
        int at = text.indexOf('@');
        if (at >= 0 && (text.indexOf('/', text.indexOf("://") + 3) < 0 || at < text.indexOf('/',
                text.indexOf("://") + 3))) {
            throw new ParameterException(spec.commandLine(), option + " must not contain a user or password: "
                    + "give the password in the environment variable " + passwordEnv + " and the user with its "
                    + "option, e.g. " + option + " http://host:8529");
        }
        if (!isEndpoint(text)) {
            throw new ParameterException(spec.commandLine(), option + " must look like http://host:8529, not '"
                    + text + "'");
        }
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    static boolean isEndpoint(String text) {
        if (HOST_PORT.matcher(text).matches()) {
            return true;
        }
        java.util.regex.Matcher m = WITH_SCHEME.matcher(text);
        return m.lookingAt() && PORT.matcher(text.substring(m.end())).matches();
    }
}
