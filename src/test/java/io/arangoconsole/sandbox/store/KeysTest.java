package io.arangoconsole.sandbox.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeysTest {
    @Test
    void documentKeysAllowArangoDbsCharacters() {
        assertTrue(Keys.isValid("abc"));
        assertTrue(Keys.isValid("000123"));
        assertTrue(Keys.isValid("uuid:b9db8279-0768-4317-a2a5-a7e5ab4d567a"));
        assertTrue(Keys.isValid("_-:.@()+,=;$!*'%"));
        assertTrue(Keys.isValid("k".repeat(254)));
    }

    @Test
    void documentKeysRefuseEverythingElse() {
        assertFalse(Keys.isValid(null));
        assertFalse(Keys.isValid(""));
        assertFalse(Keys.isValid("k".repeat(255)));
        for (String bad : new String[] {"a/b", "a b", "a\"b", "a?b", "a#b", "a&b", "a[b]", "ä", "a\nb", "a\\b"}) {
            assertFalse(Keys.isValid(bad), bad);
        }
    }

    @Test
    void collectionAndDatabaseNames() {
        assertTrue(Keys.isValidName("va_table"));
        assertTrue(Keys.isValidName("_system"));
        assertTrue(Keys.isValidName("demo-2"));
        assertFalse(Keys.isValidName(""));
        assertFalse(Keys.isValidName(null));
        assertFalse(Keys.isValidName("1abc"));
        assertFalse(Keys.isValidName("a b"));
        assertFalse(Keys.isValidName("a/b"));
        assertFalse(Keys.isValidName("x".repeat(257)));
    }
}
