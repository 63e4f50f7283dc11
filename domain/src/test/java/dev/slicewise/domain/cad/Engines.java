package dev.slicewise.domain.cad;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The two real engines the emitted code runs on, each in its own process with a time limit: JSCAD under Node with
 * {@code @jscad/csg} 0.7.0 (the runner {@code tools/jscad/run.js}, named by the system property
 * {@code slicewise.jscad.runner} that the root pom sets) and OpenSCAD (the binary named by
 * {@code slicewise.openscad}, {@code openscad} by default), rendering to ASCII STL.
 */
final class Engines {

    private static final long TIMEOUT_SECONDS = 120;

    private Engines() {
    }

    /** Runs the JSCAD code's main() and reads the solid's polygons. */
    static Mesh jscad(String code) throws IOException, InterruptedException {
        String runner = System.getProperty("slicewise.jscad.runner");
        if (runner == null || !Files.isRegularFile(Path.of(runner))) {
            fail("the JSCAD runner is missing (system property slicewise.jscad.runner: " + runner
                    + "); run the tests through Maven from the repository root");
        }
        Path modules = Path.of(runner).resolveSibling("node_modules").resolve("@jscad").resolve("csg");
        if (!Files.isDirectory(modules)) {
            fail("@jscad/csg is not installed: run `npm ci --prefix tools/jscad` (needs Node.js and npm)");
        }
        Path input = Files.createTempFile("slicewise-part", ".jscad");
        try {
            Files.writeString(input, code);
            Result result = run(List.of(command("node", "Node.js (apt-get install -y nodejs)"),
                    "--disallow-code-generation-from-strings", runner), input);
            assertEquals(0, result.exit(), () -> "JSCAD failed: " + result.errors() + "\n" + code);
            List<double[]> polygons = new ArrayList<>();
            for (String line : result.output().split("\n")) {
                if (!line.isBlank()) {
                    polygons.add(Arrays.stream(line.trim().split(" ")).mapToDouble(Double::parseDouble).toArray());
                }
            }
            return Mesh.of(polygons);
        } finally {
            Files.deleteIfExists(input);
        }
    }

    /** Renders the OpenSCAD code to ASCII STL and reads its triangles. */
    static Mesh openScad(String code) throws IOException, InterruptedException {
        String binary = command(System.getProperty("slicewise.openscad", "openscad"),
                "OpenSCAD (apt-get install -y openscad)");
        Path input = Files.createTempFile("slicewise-part", ".scad");
        Path output = Files.createTempFile("slicewise-part", ".stl");
        try {
            Files.writeString(input, code);
            Result result = run(List.of(binary, "-o", output.toString(), "--export-format", "asciistl",
                    input.toString()), null);
            assertEquals(0, result.exit(), () -> "OpenSCAD failed: " + result.errors() + "\n" + code);
            assertTrue(!result.errors().contains("WARNING"), () -> "OpenSCAD warned: " + result.errors() + "\n" + code);
            List<double[]> triangles = new ArrayList<>();
            double[] triangle = new double[9];
            int corner = 0;
            for (String line : Files.readAllLines(output, StandardCharsets.US_ASCII)) {
                String trimmed = line.trim();
                if (trimmed.startsWith("vertex ")) {
                    String[] parts = trimmed.split("\\s+");
                    for (int axis = 0; axis < 3; axis++) {
                        triangle[corner * 3 + axis] = Double.parseDouble(parts[axis + 1]);
                    }
                    if (++corner == 3) {
                        triangles.add(triangle.clone());
                        corner = 0;
                    }
                }
            }
            return Mesh.of(triangles);
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(output);
        }
    }

    /** The command if it is a runnable path or on the PATH; else the test fails saying what to install. */
    private static String command(String name, String install) {
        boolean found = name.contains("/") ? Files.isExecutable(Path.of(name))
                : Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                        .anyMatch(directory -> Files.isExecutable(Path.of(directory, name)));
        return found ? name : fail(name + " is not installed; the tests run the emitted code with it: install " + install);
    }

    private record Result(int exit, String output, String errors) {
    }

    private static Result run(List<String> command, Path input) throws IOException, InterruptedException {
        Path errors = Files.createTempFile("slicewise-engine", ".err");
        Path output = Files.createTempFile("slicewise-engine", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(errors.toFile());
            if (input != null) {
                builder.redirectInput(input.toFile());
            }
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(command.getFirst() + " took more than " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), Files.readString(output), Files.readString(errors));
        } finally {
            Files.deleteIfExists(errors);
            Files.deleteIfExists(output);
        }
    }
}
