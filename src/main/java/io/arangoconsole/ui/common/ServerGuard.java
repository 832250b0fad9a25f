package io.arangoconsole.ui.common;

import io.arangoconsole.core.connection.Environment;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Which server a destructive action would hit, as the confirmation names it: the profile's name, its environment and
 * the endpoint with the database. The main window installs a supplier of the current one on its scene, so every
 * pane's confirmation finds it from the button that was pressed, without a global.
 */
public record ServerGuard(String profile, Environment environment, String server) {
    private static final String KEY = ServerGuard.class.getName();

    /** What a confirmation says when no window installed a guard (e.g. a pane shown alone in a test). */
    public static final ServerGuard UNKNOWN = new ServerGuard("", Environment.OTHER, "the connected server");

    /** Makes {@code current} the guard of every confirmation asked from a node of {@code scene}. */
    public static void install(Scene scene, Supplier<ServerGuard> current) {
        scene.getProperties().put(KEY, current);
    }

    /** The guard for an action started from {@code owner}. */
    @SuppressWarnings("unchecked")
    public static ServerGuard of(Node owner) {
        Scene scene = owner == null ? null : owner.getScene();
        Object supplier = scene == null ? null : scene.getProperties().get(KEY);
        return supplier instanceof Supplier<?> s && s.get() instanceof ServerGuard g ? g : UNKNOWN;
    }

    /** True when the action needs the profile's name typed (production). */
    public boolean typedNameRequired() {
        return environment.guarded() && !profile.isBlank();
    }
}
