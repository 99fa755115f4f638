package io.accord.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.accord.ingest.ArticleIntake;
import io.accord.ingest.ArticleNormalizer;
import io.accord.ingest.InvalidArticleException;
import io.accord.model.Dateline;
import io.accord.model.NormalizedArticle;
import io.accord.text.LanguageGuess;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * {@code accord read FILE}: the article Accord reads from a web page, a text file or a JSON article, through the same
 * path as the articles topic, so that a user can check what extraction will see.
 */
final class ReadCommand {

    static final String USAGE = """
            usage: accord read [--json] FILE
              FILE     a web page (.html), a plain-text article (first line = title) or one JSON article
                       {"body", "title"?, "url"?, …}; "-" reads stdin
              --json   print the normalised article as it goes on articles.normalized
            Prints the title, source, byline, published date, language and dateline, then the text that events'
            evidence offsets index into. Exit status 1 when the file is not an article (the reason is printed).""";

    private ReadCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        boolean json = false;
        String file = null;
        for (String arg : args) {
            switch (arg) {
                case "--json" -> json = true;
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (arg.startsWith("--") || file != null) {
                        err.println("unknown option " + arg + "\n" + USAGE);
                        return 2;
                    }
                    file = arg;
                }
            }
        }
        if (file == null) {
            err.println("no FILE\n" + USAGE);
            return 2;
        }
        byte[] bytes;
        try {
            bytes = file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            err.println("no such file: " + file);
            return 2;
        }
        ArticleIntake intake = new ArticleIntake(
                new ArticleNormalizer(Clock.systemUTC(), new LanguageGuess()),
                Long.MAX_VALUE,
                ArticleIntake.Counts.NONE);
        NormalizedArticle article;
        try {
            article = intake.record(bytes, "read");
        } catch (InvalidArticleException e) {
            err.println(file + ": not an article: " + e.getMessage());
            return 1;
        }
        if (json) {
            out.println(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(article));
            return 0;
        }
        line(out, "id", article.id());
        line(out, "title", article.title());
        line(out, "url", article.url());
        line(out, "source", article.source());
        line(out, "byline", article.byline());
        line(out, "published", article.published());
        line(out, "language", article.language());
        if (article.dateline() != null) {
            Dateline d = article.dateline();
            line(
                    out,
                    "dateline",
                    String.join(
                            " · ",
                            Stream.of(d.place(), d.date(), d.agency())
                                    .filter(Objects::nonNull)
                                    .toList()));
        }
        out.println();
        out.println(article.body());
        return 0;
    }

    private static void line(PrintStream out, String name, String value) {
        if (value != null) {
            out.printf("%-10s %s%n", name + ":", value);
        }
    }
}
