package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.Json;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Authentication as ArangoDB does it for user {@code root}: HTTP Basic with the configured password, or a
 * {@code Bearer} JWT (HS256) signed with a secret made fresh for each sandbox, as issued by {@code POST /_open/auth}.
 */
public final class Auth {
    private static final long TOKEN_SECONDS = 3600;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final boolean enabled;
    private final String password;
    private final byte[] secret = new byte[32];

    public Auth(boolean enabled, String password) {
        this.enabled = enabled;
        this.password = password == null ? "" : password;
        new SecureRandom().nextBytes(secret);
    }

    public boolean enabled() {
        return enabled;
    }

    /** The user the {@code Authorization} header proves, or null. With authentication off every request is root. */
    public String authenticate(String authorization) {
        if (!enabled) {
            return "root";
        }
        if (authorization == null) {
            return null;
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
            int colon = decoded.indexOf(':');
            String user = colon < 0 ? decoded : decoded.substring(0, colon);
            String pw = colon < 0 ? "" : decoded.substring(colon + 1);
            return checkPassword(user, pw) ? user : null;
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return verify(authorization.substring(7).trim());
        }
        return null;
    }

    public boolean checkPassword(String user, String pw) {
        return "root".equals(user) && MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
                pw.getBytes(StandardCharsets.UTF_8));
    }

    /** A signed token for {@code user}, valid for an hour. */
    public String issue(String user) {
        ObjectNode header = Json.object().put("alg", "HS256").put("typ", "JWT");
        long now = System.currentTimeMillis() / 1000;
        ObjectNode payload = Json.object().put("preferred_username", user).put("iss", "arangodb")
                .put("iat", now).put("exp", now + TOKEN_SECONDS);
        String signingInput = B64.encodeToString(Json.bytes(header)) + "." + B64.encodeToString(Json.bytes(payload));
        return signingInput + "." + B64.encodeToString(sign(signingInput));
    }

    private String verify(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            byte[] expected = sign(parts[0] + "." + parts[1]);
            if (!MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]))) {
                return null;
            }
            JsonNode payload = Json.parse(Base64.getUrlDecoder().decode(parts[1]));
            if (payload.has("exp") && payload.get("exp").asLong() < System.currentTimeMillis() / 1000) {
                return null;
            }
            String user = payload.path("preferred_username").asText("");
            return user.isEmpty() ? "root" : user;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private byte[] sign(String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
