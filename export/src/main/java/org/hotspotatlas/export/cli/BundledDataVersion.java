package org.hotspotatlas.export.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.hotspotatlas.core.Atlas;

/**
 * The bundled dataset's version for {@code --version}, read from the top-level {@code dataVersion}
 * member of the bundled document without parsing the rest of it: a full read loads Jackson and
 * builds the whole model, which is most of what {@code --version} would otherwise cost. Falls back
 * to {@link Atlas#bundled()} whenever the quick scan cannot answer (the resource is not visible from
 * here, as on the module path, or the document does not have the expected shape).
 */
final class BundledDataVersion {
    /** Where core keeps the bundled dataset; the fallback covers a move. */
    static final String RESOURCE = "org/hotspotatlas/core/hotspot-atlas.json";
    private static final String KEY = "dataVersion";
    /** How much of the document the quick scan reads. */
    private static final int HEAD = 16 * 1024;

    private BundledDataVersion() {}

    /** @return the bundled data version, or a short explanation why it is unavailable */
    static String get() {
        String quick = quick();
        if (quick != null) {
            return quick;
        }
        try {
            return Atlas.bundled().dataVersion();
        } catch (RuntimeException e) {
            return "unavailable (" + e.getMessage() + ")";
        }
    }

    /** @return the version from a scan of the resource, or null if the scan cannot tell */
    static String quick() {
        ClassLoader loader = BundledDataVersion.class.getClassLoader();
        if (loader == null) {
            return null;
        }
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            // the member is at the top of the document: its head is enough (or the scan says no)
            return in == null ? null : scan(new String(in.readNBytes(HEAD), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Finds the string value of the top-level member {@code dataVersion} of a JSON object.
     *
     * @param json a JSON document
     * @return the value, or null if the document is not an object with such a string member, or
     *         uses anything this scan does not follow (such as escapes in the value)
     */
    static String scan(String json) {
        Scanner s = new Scanner(json);
        s.skipSpace();
        if (!s.take('{')) {
            return null;
        }
        while (true) {
            s.skipSpace();
            String key = s.string();
            s.skipSpace();
            if (key == null || !s.take(':')) {
                return null;
            }
            s.skipSpace();
            if (key.equals(KEY)) {
                String value = s.string();
                return value == null || value.isEmpty() || value.indexOf('\\') >= 0 ? null : value;
            }
            if (!s.skipValue()) {
                return null;
            }
            s.skipSpace();
            if (!s.take(',')) {
                return null;
            }
        }
    }

    /** A cursor over JSON text that understands just enough to skip values. */
    private static final class Scanner {
        private final String text;
        private int pos;

        Scanner(String text) {
            this.text = text;
        }

        void skipSpace() {
            while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
        }

        boolean take(char c) {
            if (pos < text.length() && text.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        /** @return the raw content of a string (escapes left as written), or null if none starts here */
        String string() {
            if (!take('"')) {
                return null;
            }
            int start = pos;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '\\') {
                    pos++;
                } else if (c == '"') {
                    return text.substring(start, pos - 1);
                }
            }
            return null;
        }

        /** Skips one value of any kind; false if the text ends first. */
        boolean skipValue() {
            int depth = 0;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '"') {
                    if (string() == null) {
                        return false;
                    }
                } else if (c == '{' || c == '[') {
                    depth++;
                    pos++;
                } else if (c == '}' || c == ']') {
                    if (depth == 0) {
                        return true;
                    }
                    depth--;
                    pos++;
                } else if (c == ',' && depth == 0) {
                    return true;
                } else {
                    pos++;
                }
                if (depth == 0 && (c == '"' || c == '}' || c == ']')) {
                    return true;
                }
            }
            return false;
        }
    }
}
