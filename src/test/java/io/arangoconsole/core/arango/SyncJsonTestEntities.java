package io.arangoconsole.core.arango;

import com.arangodb.entity.ErrorEntity;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Builds the driver's error entity as the driver would from a server error body. */
final class SyncJsonTestEntities {
    private SyncJsonTestEntities() {
    }

    static ErrorEntity error(int code, int errorNum, String message) {
        try {
            return new ObjectMapper().configure(
                    com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue("{\"error\":true,\"code\":" + code + ",\"errorNum\":" + errorNum
                            + ",\"errorMessage\":\"" + message + "\"}", ErrorEntity.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
