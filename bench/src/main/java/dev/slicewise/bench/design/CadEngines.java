package dev.slicewise.bench.design;

import dev.slicewise.domain.cad.Mesh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The two real engines, as the domain tests run them: JSCAD under Node with {@code @jscad/csg} 0.7.0 (every program
 * of a run in one Node process, {@code bench/cad/jscad-batch.js}) and OpenSCAD rendering to ASCII STL, one process
 * per program with a time limit. A program that fails, times out or makes OpenSCAD warn gives an error instead of a
 * solid. OpenSCAD's limit is 300 s, not the domain tests' 120 s: the benchmark renders two parts at once on a machine
 * that other work may load, where a plate of 32 holes has taken more than 120 s.
 */
final class CadEngines {

    private static final long OPENSCAD_TIMEOUT_SECONDS = 300;
    private static final long JSCAD_BATCH_TIMEOUT_SECONDS = 900;

    private final Path jscadBatch;
    private final String openScad;

    CadEngines(Path jscadBatch, String openScad) {
        this.jscadBatch = jscadBatch;
        this.openScad = openScad;
    }

    /** What an engine built from a program: its solid, or why it built none, and the engine's time (OpenSCAD only). */
    record Run(Mesh mesh, String error, long nanos) {
        static Run built(Mesh mesh, long nanos) {
            return new Run(mesh, null, nanos);
        }

        static Run failed(String error, long nanos) {
            return new Run(null, error, nanos);
        }

        boolean ok() {
            return mesh != null;
        }
    }

    /** Runs every JSCAD program (by its name) in one Node process. */
    Map<String, Run> jscad(Map<String, String> programs) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("slicewise-design-jscad");
        try {
            for (Map.Entry<String, String> program : programs.entrySet()) {
                Files.writeString(folder.resolve(program.getKey() + ".jscad"), program.getValue());
            }
            Process process = new ProcessBuilder("node", jscadBatch.toString(), folder.toString())
                    .redirectErrorStream(true).redirectOutput(folder.resolve("node.log").toFile()).start();
            if (!process.waitFor(JSCAD_BATCH_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            Map<String, Run> runs = new LinkedHashMap<>();
            for (String name : programs.keySet()) {
                Path out = folder.resolve(name + ".out");
                Path err = folder.resolve(name + ".err");
                if (Files.isRegularFile(out)) {
                    runs.put(name, Run.built(Mesh.of(polygons(Files.readAllLines(out, StandardCharsets.US_ASCII))), 0));
                } else if (Files.isRegularFile(err)) {
                    runs.put(name, Run.failed("JSCAD: " + firstLine(Files.readString(err)), 0));
                } else {
                    runs.put(name, Run.failed("JSCAD: no result (Node: "
                            + firstLine(Files.readString(folder.resolve("node.log"))) + ")", 0));
                }
            }
            return runs;
        } finally {
            delete(folder);
        }
    }

    /** Renders one OpenSCAD program to ASCII STL. */
    Run openScad(String program) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("slicewise-design-scad");
        try {
            Path input = folder.resolve("part.scad");
            Path output = folder.resolve("part.stl");
            Path errors = folder.resolve("errors.txt");
            Files.writeString(input, program);
            long start = System.nanoTime();
            Process process = new ProcessBuilder(openScad, "-o", output.toString(), "--export-format", "asciistl",
                    input.toString()).redirectErrorStream(true).redirectOutput(errors.toFile()).start();
            boolean finished = process.waitFor(OPENSCAD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            long nanos = System.nanoTime() - start;
            if (!finished) {
                process.destroyForcibly();
                return Run.failed("OpenSCAD: took more than " + OPENSCAD_TIMEOUT_SECONDS + " s", nanos);
            }
            String log = Files.readString(errors);
            if (process.exitValue() != 0) {
                return Run.failed("OpenSCAD: exit " + process.exitValue() + ": " + firstLine(log), nanos);
            }
            if (log.contains("WARNING")) {
                return Run.failed("OpenSCAD warned: " + log.lines().filter(l -> l.contains("WARNING")).findFirst().orElse(""),
                        nanos);
            }
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
            return Run.built(Mesh.of(triangles), nanos);
        } finally {
            delete(folder);
        }
    }

    private static List<double[]> polygons(List<String> lines) {
        List<double[]> polygons = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                polygons.add(Arrays.stream(line.trim().split(" ")).mapToDouble(Double::parseDouble).toArray());
            }
        }
        return polygons;
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("(nothing)");
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
