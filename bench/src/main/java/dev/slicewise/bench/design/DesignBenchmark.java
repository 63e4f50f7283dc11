package dev.slicewise.bench.design;

import dev.slicewise.adapter.llm.embedded.EmbeddedIntentClassifier;
import dev.slicewise.adapter.llm.embedded.cad.PartRequestReader;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.cad.JscadEmitter;
import dev.slicewise.domain.cad.Mesh;
import dev.slicewise.domain.cad.OpenScadEmitter;
import dev.slicewise.domain.cad.Part;
import dev.slicewise.domain.cad.PartDesign;
import dev.slicewise.domain.cad.PartGeometry.Measures;
import dev.slicewise.domain.cad.PartRequest;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Workflow;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * The blind design benchmark of issue 16: classifies every request of {@code bench/cad/requests.tsv} with the embedded
 * intent classifier as the service does, reads those it takes for a design request ({@code generate_model}) with the
 * embedded {@link PartRequestReader} (only its public {@code read}), designs the part, emits its JSCAD and OpenSCAD code, runs
 * both on the real engines and measures the solids as the domain tests do. Prints per language and overall the share
 * recognised (the design intent and the right family), the share of the recognised whose code runs in both engines (exit without error,
 * closed solids, as many as the part has, positive volume) and the share of all whose solids in both engines are
 * within 0.5% of the asked bounding box and pass the request's checks (stated values, tooth count, empty holes);
 * then every miss with what was expected and what came, and the time taken.
 *
 * <p>System properties: {@code design.requests} (the file), {@code design.jscad-batch} (the Node runner),
 * {@code design.openscad} (the binary, {@code openscad} by default).
 */
public final class DesignBenchmark {

    private static final double TOLERANCE = 0.005;
    private static final int TOOTH_SAMPLES = 720;
    private static final String[] ENGINES = {"JSCAD", "OpenSCAD"};

    private DesignBenchmark() {
    }

    /** What became of one request. */
    private record Outcome(DesignRequest request, boolean recognised, boolean refused, boolean runs, boolean within,
                           String got, List<String> misses) {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        Path file = Path.of(System.getProperty("design.requests", "bench/cad/requests.tsv"));
        CadEngines engines = new CadEngines(Path.of(System.getProperty("design.jscad-batch", "bench/cad/jscad-batch.js")),
                System.getProperty("design.openscad", "openscad"));
        List<DesignRequest> requests = DesignRequest.read(file);
        int threads = Runtime.getRuntime().availableProcessors();
        out.printf("Design benchmark (issue 16): %d blind requests from %s%n", requests.size(), file);
        out.printf("  java %s, %d processors, load average %s (other work on the machine slows the engines)%n",
                Runtime.version(), threads, loadAverage());

        long start = System.nanoTime();
        PartRequestReader reader = new PartRequestReader();
        EmbeddedIntentClassifier classifier = new EmbeddedIntentClassifier();
        Map<String, Optional<PartRequest>> read = new LinkedHashMap<>();
        // a request whose reading, design or code throws is a miss, not the end of the measurement; so is one the
        // service would not take for a design request (its intent), since the reader only runs after the intent
        Map<String, String> crashes = new LinkedHashMap<>();
        for (DesignRequest request : requests) {
            try {
                Intent intent = classifier.classify(Conversation.of(ChatMessage.user(request.message())),
                        Workflow.QUERY_INTENT).intent();
                if (intent != Intent.GENERATE_MODEL) {
                    read.put(request.id(), Optional.empty());
                    crashes.put(request.id(), "classified as " + intent);
                    continue;
                }
                read.put(request.id(), reader.read(request.message()));
            } catch (RuntimeException e) {
                read.put(request.id(), Optional.empty());
                crashes.put(request.id(), "reading it threw " + e);
            }
        }
        long readNanos = System.nanoTime() - start;

        Map<String, Part> parts = new LinkedHashMap<>();
        Map<String, String> jscadPrograms = new LinkedHashMap<>();
        Map<String, String> scadPrograms = new LinkedHashMap<>();
        for (DesignRequest request : requests) {
            Optional<PartRequest> asked = read.get(request.id());
            if (asked.isPresent() && asked.get().family() == request.family()) {
                try {
                    if (asked.get().design() instanceof PartDesign.Designed designed) {
                        jscadPrograms.put(request.id(), JscadEmitter.emit(designed.part()));
                        scadPrograms.put(request.id(), OpenScadEmitter.emit(designed.part()));
                        parts.put(request.id(), designed.part());
                    }
                } catch (RuntimeException e) {
                    crashes.put(request.id(), "designing it threw " + e);
                }
            }
        }

        long jscadStart = System.nanoTime();
        Map<String, CadEngines.Run> jscadRuns = engines.jscad(jscadPrograms);
        long jscadNanos = System.nanoTime() - jscadStart;

        long scadStart = System.nanoTime();
        Map<String, CadEngines.Run> scadRuns = new LinkedHashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            Map<String, Future<CadEngines.Run>> pending = new LinkedHashMap<>();
            scadPrograms.forEach((id, program) -> pending.put(id, pool.submit(() -> engines.openScad(program))));
            for (Map.Entry<String, Future<CadEngines.Run>> run : pending.entrySet()) {
                scadRuns.put(run.getKey(), run.getValue().get());
            }
        }
        long scadNanos = System.nanoTime() - scadStart;

        List<Outcome> outcomes = new ArrayList<>();
        for (DesignRequest request : requests) {
            outcomes.add(evaluate(request, read.get(request.id()), parts.get(request.id()), crashes.get(request.id()),
                    jscadRuns.get(request.id()), scadRuns.get(request.id())));
        }
        long totalNanos = System.nanoTime() - start;
        long measureNanos = totalNanos - readNanos - jscadNanos - scadNanos;

        printTable(outcomes, out);
        out.printf("%nTime: %.1f s in all; reading the %d requests %.0f ms (%.2f ms each, the first with the reader's"
                        + " start); JSCAD: %d programs in one Node process %.1f s; OpenSCAD: %d renders on %d threads"
                        + " %.1f s; designing, emitting and measuring the solids %.1f s%n",
                totalNanos / 1e9, requests.size(), readNanos / 1e6, readNanos / 1e6 / requests.size(),
                jscadPrograms.size(), jscadNanos / 1e9, scadPrograms.size(), threads, scadNanos / 1e9,
                measureNanos / 1e9);
        scadRuns.entrySet().stream().max(Comparator.comparingLong(run -> run.getValue().nanos())).ifPresent(run ->
                out.printf("the slowest OpenSCAD render: %s, %.1f s%n", run.getKey(), run.getValue().nanos() / 1e9));
        printMisses(outcomes, out);
    }

    private static Outcome evaluate(DesignRequest request, Optional<PartRequest> asked, Part part, String crash,
                                    CadEngines.Run jscad, CadEngines.Run scad) {
        List<String> misses = new ArrayList<>();
        if (asked.isEmpty()) {
            misses.add(crash != null ? crash : "not read as a part");
            return new Outcome(request, false, false, false, false, "nothing", misses);
        }
        PartRequest partRequest = asked.get();
        String got = partRequest.family() + " in " + partRequest.unit().suffix() + " " + shown(partRequest.values());
        if (partRequest.family() != request.family()) {
            misses.add("read as " + partRequest.family());
            return new Outcome(request, false, false, false, false, got, misses);
        }
        if (crash != null) {
            misses.add(crash);
            return new Outcome(request, true, false, false, false, got, misses);
        }
        if (part == null) {
            PartDesign.Refused refused = (PartDesign.Refused) partRequest.design();
            misses.add("refused: " + String.join("; ", refused.reasons()));
            return new Outcome(request, true, true, false, false, got, misses);
        }
        Measures measures = part.geometry().measures();
        got += ", its box " + box(new double[] {measures.sizeX(), measures.sizeY(), measures.sizeZ()});
        CadEngines.Run[] runs = {jscad, scad};
        boolean runsInBoth = true;
        for (int engine = 0; engine < runs.length; engine++) {
            String problem = runProblem(runs[engine], measures);
            if (problem != null) {
                misses.add(ENGINES[engine] + " " + problem);
                runsInBoth = false;
            }
        }
        if (!runsInBoth) {
            return new Outcome(request, true, false, false, false, got, misses);
        }
        for (int engine = 0; engine < runs.length; engine++) {
            Mesh mesh = runs[engine].mesh();
            double[] size = size(mesh, measures.round());
            if (!boxWithin(request, size)) {
                misses.add(ENGINES[engine] + " built " + box(size));
            }
            if (request.checks().containsKey("teeth")) {
                int teeth = mesh.stretchesAround(measures.toothCountRadius(), size[2] / 2, TOOTH_SAMPLES);
                if (teeth != request.checks().get("teeth")) {
                    misses.add(ENGINES[engine] + " counts " + teeth + " teeth");
                }
            }
            for (double[] centre : measures.holeCentres()) {
                if (mesh.contains(centre)) {
                    misses.add(ENGINES[engine] + " fills the hole at " + Arrays.toString(centre));
                }
            }
        }
        request.checks().forEach((name, value) -> {
            Optional<Double> designed = part.family().parameter(name).map(spec -> part.value(name));
            if (designed.isEmpty()) {
                misses.add("the part has no " + name);
            } else if (!close(value, designed.get())) {
                misses.add(name + " " + DesignRequest.shown(designed.get()) + ", not " + DesignRequest.shown(value));
            }
        });
        return new Outcome(request, true, false, true, misses.isEmpty(), got, misses);
    }

    /** Why the engine's result is not a good solid (an error, open, too many or too few solids), or null. */
    private static String runProblem(CadEngines.Run run, Measures measures) {
        if (!run.ok()) {
            return "failed: " + run.error();
        }
        Mesh mesh = run.mesh();
        List<String> open = mesh.openEdges();
        if (!open.isEmpty()) {
            return "built an open surface (" + open.size() + " edges)";
        }
        if (mesh.solids() != measures.solids()) {
            return "built " + mesh.solids() + " solids, not " + measures.solids();
        }
        if (mesh.volume() <= 0) {
            return "built a solid of volume " + mesh.volume();
        }
        return null;
    }

    /** The bounding box's size; a round part's X and Y are twice its largest distance from the Z axis. */
    private static double[] size(Mesh mesh, boolean round) {
        double[][] bounds = mesh.bounds();
        double z = bounds[1][2] - bounds[0][2];
        if (round) {
            double diameter = 2 * mesh.radius();
            return new double[] {diameter, diameter, z};
        }
        return new double[] {bounds[1][0] - bounds[0][0], bounds[1][1] - bounds[0][1], z};
    }

    private static boolean boxWithin(DesignRequest request, double[] size) {
        double[] box = request.box();
        boolean straight = close(box[0], size[0]) && close(box[1], size[1]);
        boolean turned = request.turnsAboutZ() && close(box[0], size[1]) && close(box[1], size[0]);
        return (straight || turned) && close(box[2], size[2]);
    }

    private static boolean close(double expected, double measured) {
        return Math.abs(measured - expected) <= TOLERANCE * Math.abs(expected);
    }

    private static void printTable(List<Outcome> outcomes, PrintStream out) {
        Map<String, List<Outcome>> byLanguage = new TreeMap<>();
        for (Outcome outcome : outcomes) {
            byLanguage.computeIfAbsent(outcome.request().language(), language -> new ArrayList<>()).add(outcome);
        }
        String format = "%-8s %8s   %-16s %-22s %-22s %-16s%n";
        out.printf("%n" + format, "language", "requests", "recognised", "refused", "runs in both engines",
                "within 0.5%");
        out.printf(format, "", "", "(intent, family)", "(of the recognised)", "(of the recognised)", "(of all)");
        byLanguage.forEach((language, list) -> row(format, language, list, out));
        row(format, "all", outcomes, out);
        out.println("targets: recognised 95%, runs 100% of the recognised, within 0.5% 95%");
        long designed = count(outcomes, outcome -> outcome.recognised() && !outcome.refused());
        out.printf("of the %d recognised parts the domain designed (not refused), %d run in both engines%n", designed,
                count(outcomes, Outcome::runs));
    }

    private static void row(String format, String label, List<Outcome> outcomes, PrintStream out) {
        long recognised = count(outcomes, Outcome::recognised);
        out.printf(format, label, outcomes.size(), share(recognised, outcomes.size()),
                share(count(outcomes, Outcome::refused), recognised), share(count(outcomes, Outcome::runs), recognised),
                share(count(outcomes, Outcome::within), outcomes.size()));
    }

    private static long count(List<Outcome> outcomes, Predicate<Outcome> test) {
        return outcomes.stream().filter(test).count();
    }

    private static String share(long part, long whole) {
        return whole == 0 ? part + "/0" : String.format("%d (%.1f%%)", part, 100.0 * part / whole);
    }

    private static void printMisses(List<Outcome> outcomes, PrintStream out) {
        List<Outcome> missed = outcomes.stream().filter(outcome -> !outcome.within()).toList();
        out.printf("%nMisses (%d):%n", missed.size());
        for (Outcome outcome : missed) {
            DesignRequest request = outcome.request();
            out.printf("  %s [%s] \"%s\"%n    expected %s%n    got %s%n    %s%n", request.id(), request.language(),
                    request.message(), request.expected(), outcome.got(), String.join("; ", outcome.misses()));
        }
    }

    /** The machine's load averages over 1, 5 and 15 minutes, or "unknown" where /proc does not give them. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return String.join(" ", Arrays.copyOf(fields, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String box(double[] size) {
        return DesignRequest.shown(size[0]) + "x" + DesignRequest.shown(size[1]) + "x" + DesignRequest.shown(size[2]);
    }

    private static String shown(Map<String, Double> values) {
        StringBuilder text = new StringBuilder("{");
        values.forEach((name, value) -> text.append(text.length() > 1 ? ", " : "").append(name).append('=')
                .append(DesignRequest.shown(value)));
        return text.append('}').toString();
    }
}
