package dev.slicewise.bench.blind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The blind benchmark of issue 12 (bench/blind-benchmark.sh starts the service and runs this): sends every message of
 * bench/blind/*.tsv through the partner API of a running service, each as the first turn of a new chat with the real
 * Elegoo presets and a plate of one model, scores each reply from what the client sees ({@link Score}) and prints the
 * tables ({@link Report}); the failures go to a file. The exit status is 0 whatever the scores; a service that cannot
 * be reached or refuses the registration stops the run with an error.
 *
 * <p>System properties (it runs in Maven's JVM through exec:java): {@code blind.api}, the partner API's base URL;
 * {@code blind.partner-token}; {@code blind.set}, the blind set's folder; {@code blind.presets}, the presets' folder;
 * {@code blind.failures}, the failures file; {@code blind.service-pid} and {@code blind.clock-ticks} (the service's process
 * and the kernel's clock ticks per second), to read the CPU time the service spends per message from {@code /proc}.
 */
public final class BlindBenchmark {

    /** Messages sent first and not scored, so that the times are not those of a cold JVM. */
    private static final int WARM_UP = 30;
    /** The one model on the plate: a name that suggests nothing about the part. */
    private static final String MODEL_NAME = "model.stl";
    private static final int PROGRESS_EVERY = 100;

    private BlindBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = property("blind.api");
        URI api = URI.create(base.endsWith("/") ? base : base + "/");
        ObjectMapper json = new ObjectMapper();
        List<BlindCase> cases = BlindCase.load(Path.of(property("blind.set")));
        ElegooProfiles profiles = ElegooProfiles.load(Path.of(property("blind.presets")), json);
        Path failures = Path.of(property("blind.failures"));
        PartnerClient client = new PartnerClient(api, property("blind.partner-token"), json);

        Set<String> languages = new LinkedHashSet<>();
        cases.forEach(c -> languages.add(c.language()));
        for (String language : languages) {
            client.register(PartnerClient.userOf(language));
        }
        ObjectNode slicingProfiles = profiles.requestBody(json);
        JsonNode plates = plate(json);
        String run = Long.toString(System.currentTimeMillis(), 36);

        for (BlindCase c : cases.subList(0, Math.min(WARM_UP, cases.size()))) {
            client.send(PartnerClient.userOf(c.language()), c.language(), c.message(), slicingProfiles, plates,
                    "blind-warm-up-" + run + "-" + c.id());
        }
        long pid = Long.parseLong(property("blind.service-pid"));
        long ticksPerSecond = Long.parseLong(property("blind.clock-ticks"));
        double cpuBefore = serviceCpuMillis(pid, ticksPerSecond);
        Report report = new Report();
        int sent = 0;
        for (BlindCase c : cases) {
            PartnerClient.Answer answer = client.send(PartnerClient.userOf(c.language()), c.language(), c.message(),
                    slicingProfiles, plates, "blind-" + run + "-" + c.id());
            report.add(Score.of(c, answer, profiles));
            if (++sent % PROGRESS_EVERY == 0) {
                System.err.println("  " + sent + " of " + cases.size() + " messages sent");
            }
        }
        double cpuMillis = serviceCpuMillis(pid, ticksPerSecond) - cpuBefore;
        report.print(System.out);
        System.out.printf("Service CPU time per message (user and system, its chat's creation included): %.1f ms%n",
                cpuMillis / cases.size());
        report.writeFailures(failures);
        System.out.println();
        System.out.println(report.failures() + " messages failed a check; each with the reply it got: " + failures);
    }

    /**
     * The CPU time (user and system) the service's process has used so far, from {@code /proc/<pid>/stat}: unlike the
     * time per message, it hardly grows when other processes load the machine.
     */
    private static double serviceCpuMillis(long pid, long ticksPerSecond) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000.0 / ticksPerSecond;
    }

    private static String property(String name) {
        String value = System.getProperty(name, "");
        if (value.isBlank()) {
            throw new IllegalArgumentException("set the system property " + name + " (bench/blind-benchmark.sh does)");
        }
        return value;
    }

    private static JsonNode plate(ObjectMapper json) {
        ArrayNode plates = json.createArrayNode();
        ObjectNode plate = plates.addObject().put("name", "").put("index", 0);
        plate.putArray("model_objects").addObject().put("extruder_id", -1).put("id", "1").put("name", MODEL_NAME);
        return plates;
    }
}
