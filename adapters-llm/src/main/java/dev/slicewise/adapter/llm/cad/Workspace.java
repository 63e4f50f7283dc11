package dev.slicewise.adapter.llm.cad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary directory of its own for one run of part code, deleted with everything in it when closed. */
final class Workspace implements AutoCloseable {

    private final Path directory;

    Workspace() {
        try {
            this.directory = Files.createTempDirectory("slicewise-part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path directory() {
        return directory;
    }

    Path file(String name) {
        return directory.resolve(name);
    }

    /** The text of the engine's error with this directory's path taken out: what the code's author may see. */
    String withoutPath(String text) {
        return text.replace(directory.toString() + "/", "").replace(directory.toString(), ".");
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
