package io.accord.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.BiFunction;

/** Keyset cursors: the last item's position in the order and its id, opaque to clients. */
final class Cursors {

    private Cursors() {}

    static String encode(Object position, String id) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((position + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor read back with {@code read(position, id)}; null for none; a 400 naming 'cursor' for one not given out. */
    static <T> T decode(String cursor, BiFunction<String, String, T> read) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts =
                    new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8).split("\\|", 2);
            return read.apply(parts[0], parts[1]);
        } catch (RuntimeException e) {
            throw new InvalidParameterException("cursor", "cursor is not one this API returned");
        }
    }
}
