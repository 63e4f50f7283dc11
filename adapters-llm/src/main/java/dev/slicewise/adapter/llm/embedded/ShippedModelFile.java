package dev.slicewise.adapter.llm.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A model file that the build trains and writes into the compiled classes next to this class (the
 * {@code process-test-classes} phase, see adapters-llm's pom), and that the service reads from the classpath.
 */
final class ShippedModelFile {

    /** Reads a model from its stream. */
    @FunctionalInterface
    interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    /** Writes a model to a stream, and closes it. */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private ShippedModelFile() {
    }

    static <T> T read(String resource, Reader<T> reader) {
        try (InputStream in = ShippedModelFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath: the build trains it "
                        + "(./mvnw package, or any phase from process-test-classes on)");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The build step's work: writes the model under the classes folder given as the only argument. */
    static void write(String[] args, String resource, Writer writer) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: <main class> <classes folder>");
        }
        Path file = Path.of(args[0], ShippedModelFile.class.getPackageName().replace('.', '/'), resource);
        Files.createDirectories(file.getParent());
        writer.write(Files.newOutputStream(file));
    }
}
