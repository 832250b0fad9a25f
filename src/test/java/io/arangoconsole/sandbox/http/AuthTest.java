package io.arangoconsole.sandbox.http;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AuthTest {
    private final Auth auth = new Auth(true, "pw");

    private static String basic(String userPw) {
        return "Basic " + Base64.getEncoder().encodeToString(userPw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void basicNeedsRootAndThePassword() {
        assertEquals("root", auth.authenticate(basic("root:pw")));
        assertNull(auth.authenticate(basic("root:wrong")));
        assertNull(auth.authenticate(basic("admin:pw")));
        assertNull(auth.authenticate(null));
        assertNull(auth.authenticate("Basic %%%"));
    }

    @Test
    void issuedTokensVerifyAndForeignOnesDoNot() {
        String jwt = auth.issue("root");
        assertEquals("root", auth.authenticate("Bearer " + jwt));
        assertNull(new Auth(true, "pw").authenticate("Bearer " + jwt), "another sandbox has another secret");
        assertNull(auth.authenticate("Bearer " + jwt.substring(0, jwt.length() - 2) + "xx"));
    }

    @Test
    void withoutAuthenticationEveryoneIsRoot() {
        assertEquals("root", new Auth(false, "pw").authenticate(null));
    }
}
