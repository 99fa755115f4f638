package io.accord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    @TempDir
    Path dir;

    @Test
    void aNamedFolderIsCreatedWithItsPartsAndKeptAtClose() throws Exception {
        Path root = dir.resolve("data");
        try (DataFolder data = DataFolder.open(root.toString())) {
            assertEquals(root, data.root());
            assertEquals(root.resolve("kafka"), data.kafka());
            assertEquals(root.resolve("postgres"), data.postgres());
            assertFalse(data.temporary());
            Files.writeString(data.kafka().getParent().resolve("marker"), "kept");
        }
        assertTrue(Files.exists(root.resolve("marker")), "a named folder outlives the run");
    }

    @Test
    void anEmptySettingIsAThrowAwayFolderDeletedAtClose() {
        DataFolder data = DataFolder.open("");
        Path root = data.root();
        assertTrue(data.temporary());
        assertTrue(Files.isDirectory(root));
        data.close();
        assertFalse(Files.exists(root));
    }

    @Test
    void unsetMeansAccordDataInTheWorkingDirectory() {
        assertEquals("accord-data", DataFolder.DEFAULT);
    }

    @Test
    void aFolderInUseIsRefusedWithTheHoldersProcessAndFreeAgainAfterClose() {
        String root = dir.resolve("shared").toString();
        try (DataFolder first = DataFolder.open(root)) {
            DataFolder.DataFolderException refused =
                    assertThrows(DataFolder.DataFolderException.class, () -> DataFolder.open(root));
            assertTrue(
                    refused.getMessage()
                            .contains("in use by another running Accord (process "
                                    + ProcessHandle.current().pid() + ")"),
                    refused.getMessage());
        }
        DataFolder.open(root).close();
    }

    @Test
    void aFolderThatCannotBeCreatedIsAClearError() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        DataFolder.DataFolderException e = assertThrows(
                DataFolder.DataFolderException.class,
                () -> DataFolder.open(file.resolve("data").toString()));
        assertTrue(e.getMessage().startsWith("cannot create the data folder"), e.getMessage());
    }
}
