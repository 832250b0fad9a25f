package io.arangoconsole.core.arango;

import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.monitoring.LatencyRecorder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Times every call of a service interface into the console's {@link LatencyRecorder}, as {@code prefix.method} per
 * target: the Queries pane's "console's own requests" then lists stats reads, index builds, proofs and sync batches,
 * not only the metrics scrape. One place, so no gateway times its calls by hand; and a driver exception that no
 * gateway translated leaves as one sentence ({@link ArangoErrors}), never as driver text in a pane.
 */
final class TimedCalls {
    private TimedCalls() {
    }

    /** {@code delegate} behind {@code type}, each call timed as {@code prefix.<method>} against {@code target}. */
    static <T> T wrap(Class<T> type, T delegate, LatencyRecorder recorder, String prefix, ConnectionTarget target) {
        String label = target.label().display();
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return invoke(method, delegate, args, target);
            }
            return recorder.time(prefix + "." + method.getName(), label,
                    () -> invoke(method, delegate, args, target));
        });
        return type.cast(proxy);
    }

    /** Runs the call; a driver exception that gets this far becomes the connection dialog's kind of sentence. */
    private static Object invoke(Method method, Object delegate, Object[] args, ConnectionTarget target)
            throws Exception {
        try {
            return method.invoke(delegate, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof com.arangodb.ArangoDBException driver) {
                throw ArangoErrors.translate(target, driver);
            }
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw (Error) cause;
        }
    }
}
