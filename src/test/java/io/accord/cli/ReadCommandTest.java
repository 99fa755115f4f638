package io.accord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadCommandTest {

    private record Run(int status, String out, String err) {}

    private static Run read(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ReadCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aWebPageInItsOwnCharsetReadsAsItsArticle(@TempDir Path dir) throws Exception {
        String page = "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"windows-1252\">"
                + "<title>Übernahme vereinbart | Zeitung</title><meta name=\"author\" content=\"Jürgen Maß\"></head><body>"
                + "<nav>Startseite · Wirtschaft</nav><article><p>Die Käufer und die Verkäufer einigten sich am Montag"
                + " auf den Preis von 4,2 Milliarden Euro, wie beide Unternehmen mitteilten.</p><p>Die Behörden müssen"
                + " der Übernahme noch zustimmen; der Abschluss wird für das dritte Quartal erwartet.</p></article>"
                + "</body></html>";
        Path file = dir.resolve("page.html");
        Files.write(file, page.getBytes(Charset.forName("windows-1252")));
        Run run = read(file.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("title:     Übernahme vereinbart"), run.out());
        assertTrue(run.out().contains("byline:    Jürgen Maß"), run.out());
        assertTrue(run.out().contains("language:  de"), run.out());
        assertTrue(run.out().contains("Die Käufer und die Verkäufer einigten sich"), run.out());
        assertFalse(run.out().contains("Startseite"), run.out());
    }

    @Test
    void theSeedReadsWithItsDatelineAndAsJson() throws Exception {
        Run run = read("seeds/000_7342f1c551cf0f21.txt");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("dateline:  PATRIOT PARK"), run.out());
        assertTrue(run.out().contains("\n\nAzerbaijan's Ministry of Defense Industry"), run.out());
        Run json = read("--json", "seeds/000_7342f1c551cf0f21.txt");
        assertTrue(json.out().contains("\"id\" : \"art_5f174c16bfd4134d05e1\""), json.out());
    }

    @Test
    void whatIsNotAnArticleSaysWhy(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("empty.json");
        Files.writeString(file, "{\"body\": 42}");
        Run run = read(file.toString());
        assertEquals(1, run.status());
        assertTrue(run.err().contains("not an article"), run.err());
        assertEquals(2, read(dir.resolve("missing.html").toString()).status());
        assertEquals(2, read().status());
    }
}
