package io.arangoconsole.sandbox.store;

/**
 * An error as ArangoDB reports it: HTTP status, ArangoDB error number and message. Thrown anywhere in the sandbox
 * and turned into the body {@code {"error":true,"code":..,"errorNum":..,"errorMessage":..}} by the HTTP layer.
 */
public class ApiError extends RuntimeException {
    private final int code;
    private final int errorNum;

    public ApiError(int code, int errorNum, String message) {
        super(message, null, false, false);
        if (errorNum == UnsupportedFeature.NOT_IMPLEMENTED && !(this instanceof UnsupportedFeature)) {
            throw new IllegalArgumentException("errorNum 9 is reserved for UnsupportedFeature: " + message);
        }
        this.code = code;
        this.errorNum = errorNum;
    }

    public int code() {
        return code;
    }

    public int errorNum() {
        return errorNum;
    }

    public static ApiError badParameter(String message) {
        return new ApiError(400, 10, message);
    }

    public static ApiError collectionNotFound(String name) {
        return new ApiError(404, 1203, "collection or view not found: " + name);
    }

    public static ApiError databaseNotFound() {
        return new ApiError(404, 1228, "database not found");
    }

    public static ApiError documentNotFound() {
        return new ApiError(404, 1202, "document not found");
    }

    public static ApiError indexNotFound() {
        return new ApiError(404, 1212, "index not found");
    }

    public static ApiError illegalKey() {
        return new ApiError(400, 1221, "illegal document key");
    }

    public static ApiError duplicateName(String name) {
        return new ApiError(409, 1207, "duplicate name: " + name);
    }

    public static ApiError illegalName(String name) {
        return new ApiError(400, 1208, "illegal name: " + name);
    }

    public static ApiError uniqueViolated(String indexDescription, String conflictingKey) {
        return new ApiError(409, 1210, "unique constraint violated - in index " + indexDescription
                + "; conflicting key: " + conflictingKey);
    }

    public static ApiError conflict() {
        return new ApiError(409, 1200, "conflict, _rev values do not match");
    }
}
