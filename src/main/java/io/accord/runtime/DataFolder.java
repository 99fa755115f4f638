package io.accord.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The embedded default's one folder: the broker's log and metadata in {@code kafka/}, the PostgreSQL cluster in
 * {@code postgres/}. Held with a file lock while Accord runs, so that two processes never share it. A temporary
 * folder (throw-away runs) is deleted when it is closed.
 */
public final class DataFolder implements AutoCloseable {

    public static final String DEFAULT = "accord-data";

    private final Path root;
    private final boolean temporary;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataFolder(Path root, boolean temporary, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.temporary = temporary;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * The folder a setting names: unset → {@value #DEFAULT} in the working directory; empty → a temporary folder,
     * deleted at stop; otherwise that path.
     */
    public static DataFolder open(String setting) {
        try {
            if (setting != null && setting.isBlank()) {
                return lock(Files.createTempDirectory("accord-data-"), true);
            }
            Path root = Path.of(setting == null ? DEFAULT : setting)
                    .toAbsolutePath()
                    .normalize();
            Files.createDirectories(root);
            return lock(root, false);
        } catch (IOException e) {
            throw new DataFolderException("cannot create the data folder: " + e.getMessage());
        }
    }

    private static DataFolder lock(Path root, boolean temporary) throws IOException {
        FileChannel channel = FileChannel.open(
                root.resolve("accord.lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            // held by this very JVM
            lock = null;
        }
        if (lock == null) {
            String holder = new String(Files.readAllBytes(root.resolve("accord.lock")), StandardCharsets.UTF_8).strip();
            channel.close();
            throw new DataFolderException("the data folder " + root + " is in use by another running Accord"
                    + (holder.isEmpty() ? "" : " (process " + holder + ")")
                    + ". Stop it, or give this one its own folder with ACCORD_DATA_DIR.");
        }
        channel.truncate(0);
        channel.write(
                ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
        return new DataFolder(root, temporary, channel, lock);
    }

    public Path root() {
        return root;
    }

    public Path kafka() {
        return root.resolve("kafka");
    }

    public Path postgres() {
        return root.resolve("postgres");
    }

    public boolean temporary() {
        return temporary;
    }

    @Override
    public synchronized void close() {
        if (!lockChannel.isOpen()) {
            return;
        }
        try {
            lock.release();
            lockChannel.close();
            if (temporary) {
                try (Stream<Path> paths = Files.walk(root)) {
                    paths.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A data folder Accord cannot use; the message says what to do. */
    public static final class DataFolderException extends RuntimeException {
        DataFolderException(String message) {
            super(message);
        }
    }
}
