package dev.slicewise.adapter.llm.cad;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The runners of the tests, made as the service makes them: OpenSCAD by the binary the root pom names
 * ({@code slicewise.openscad}), JSCAD by {@code tools/jscad/run.js} ({@code slicewise.jscad.runner}), each with the
 * bounds given.
 */
final class Runners {

    static final SandboxBounds BOUNDS = new SandboxBounds(Duration.ofSeconds(30), 2048, 64);

    private Runners() {
    }

    static OpenScadRunner openScad(SandboxBounds bounds) {
        return (OpenScadRunner) new PartCodeRunnerFactory().openScad(property("slicewise.openscad"), bounds);
    }

    static JscadRunner jscad(SandboxBounds bounds) {
        return (JscadRunner) new PartCodeRunnerFactory().jscad(property("slicewise.jscad.runner"), "node", bounds);
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            fail("the system property " + name + " is missing; run the tests through Maven from the repository root");
        }
        return value;
    }

    /** The number of triangles a binary STL says it has. */
    static int triangles(byte[] stl) {
        return ByteBuffer.wrap(stl, 80, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    /** The runner's directory, which no error text may show. */
    static Path runnerDirectory() {
        return Path.of(property("slicewise.jscad.runner")).toAbsolutePath().getParent();
    }
}
