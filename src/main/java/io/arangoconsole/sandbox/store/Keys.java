package io.arangoconsole.sandbox.store;

/** Document key rules of ArangoDB: 1 to 254 bytes of letters, digits and {@code _-:.@()+,=;$!*'%}. */
public final class Keys {
    private static final String PUNCTUATION = "_-:.@()+,=;$!*'%";
    /** Which ASCII characters a key may hold: checked once per character of every imported key. */
    private static final boolean[] ALLOWED = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ALLOWED[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || PUNCTUATION.indexOf(c) >= 0;
        }
    }

    private Keys() {
    }

    public static boolean isValid(String key) {
        if (key == null || key.isEmpty() || key.length() > 254) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= 128 || !ALLOWED[c]) {
                return false;
            }
        }
        return true;
    }

    /** Collection and database names: a letter or underscore first, then letters, digits, {@code _} and {@code -}. */
    public static boolean isValidName(String name) {
        if (name == null || name.isEmpty() || name.length() > 256) {
            return false;
        }
        char first = name.charAt(0);
        if (!(Character.isLetter(first) || first == '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
