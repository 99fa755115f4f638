package io.accord.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed article the project was born from, as it ships in seeds/. */
public final class Seeds {

    public static final Path SEED = Path.of("seeds", "000_7342f1c551cf0f21.txt");

    private Seeds() {}

    public static String seed() {
        try {
            return Files.readString(SEED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
