package io.accord.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset a web page declares in its head ({@code <meta charset="…">} or the http-equiv Content-Type), as a
 * browser reads it when no HTTP header names one. Only a page that declares a charset other than UTF-8 has one here.
 */
final class PageCharset {

    private static final int HEAD_BYTES = 4096;
    private static final Pattern DOCUMENT = Pattern.compile("(?i)<\\s*(!doctype\\s+html|html|head)\\b");
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

    private PageCharset() {}

    /**
     * A label as browsers read it (the WHATWG Encoding Standard): Latin-1 and ASCII are windows-1252, whose 0x80-0x9F
     * are curly quotes and dashes; a page cannot be UTF-16 if its head reads as ASCII, so that label means UTF-8.
     */
    private static Charset browserCharset(String label) {
        return switch (label) {
            case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "x-cp1252" ->
                Charset.forName("windows-1252");
            case "utf-16", "utf-16le", "utf-16be" -> StandardCharsets.UTF_8;
            default -> Charset.forName(label);
        };
    }

    static Optional<Charset> declared(byte[] bytes) {
        // the head is ASCII in every charset a page may declare in it
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        if (!DOCUMENT.matcher(head).find()) {
            return Optional.empty();
        }
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        try {
            Charset charset = browserCharset(name);
            return charset.equals(StandardCharsets.UTF_8) ? Optional.empty() : Optional.of(charset);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
