package dev.slicewise.adapter.llm.cad;

import dev.slicewise.application.port.out.PartCodeRunner;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * The engines that run part code, each when its setting names it: OpenSCAD when {@code SLICEWISE_OPENSCAD} names its
 * binary (a path, or a name on the {@code PATH}), JSCAD when {@code SLICEWISE_JSCAD_RUNNER} names {@code run.js} of
 * {@code tools/jscad} with its {@code node_modules} installed beside it (Node from {@code SLICEWISE_NODE}, else
 * {@code node} on the {@code PATH}, 20 or newer). Every run is bounded by {@code SLICEWISE_CAD_TIMEOUT_SECONDS} (30),
 * {@code SLICEWISE_CAD_MEMORY_MB} (2048) and {@code SLICEWISE_CAD_OUTPUT_MB} (64). A setting that names nothing usable
 * stops the start with a message naming it; without a setting there is no runner for that language.
 */
@Factory
public class PartCodeRunnerFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PartCodeRunnerFactory.class);

    @Singleton
    public SandboxBounds sandboxBounds(@Value("${slicewise.cad.timeout-seconds:30}") long timeoutSeconds,
                                @Value("${slicewise.cad.memory-mb:2048}") long memoryMb,
                                @Value("${slicewise.cad.output-mb:64}") long outputMb) {
        try {
            return new SandboxBounds(Duration.ofSeconds(timeoutSeconds), memoryMb, outputMb);
        } catch (IllegalArgumentException invalid) {
            throw new ConfigurationException("SLICEWISE_CAD_TIMEOUT_SECONDS, SLICEWISE_CAD_MEMORY_MB, "
                    + "SLICEWISE_CAD_OUTPUT_MB: " + invalid.getMessage());
        }
    }

    @Singleton
    @Named("openscad")
    @Requires(property = "slicewise.openscad", pattern = ".*\\S.*")
    public PartCodeRunner openScad(@Value("${slicewise.openscad}") String binary, SandboxBounds bounds) {
        String command = binary.strip();
        if (!runnable(command)) {
            throw new ConfigurationException("SLICEWISE_OPENSCAD names '" + command + "', which is no runnable "
                    + "program: install OpenSCAD (Debian: apt-get install -y openscad) or unset it");
        }
        LOG.info("OpenSCAD runs part code and renders STL: {} ({})", command, bounds);
        return new OpenScadRunner(command, bounds);
    }

    @Singleton
    @Named("jscad")
    @Requires(property = "slicewise.jscad.runner", pattern = ".*\\S.*")
    public PartCodeRunner jscad(@Value("${slicewise.jscad.runner}") String runner,
                         @Value("${slicewise.node:node}") String node, SandboxBounds bounds) {
        Path script = Path.of(runner.strip());
        if (!Files.isRegularFile(script)
                || !Files.isDirectory(script.toAbsolutePath().resolveSibling("node_modules/@jscad/csg"))) {
            throw new ConfigurationException("SLICEWISE_JSCAD_RUNNER names '" + runner.strip() + "', which is not "
                    + "tools/jscad/run.js with @jscad/csg installed beside it (npm ci --prefix tools/jscad)");
        }
        int major = nodeMajor(node.strip());
        if (major < 20) {
            throw new ConfigurationException("SLICEWISE_JSCAD_RUNNER needs Node.js 20 or newer (its permission model);"
                    + " '" + node.strip() + "' is " + (major < 0 ? "not runnable" : "Node " + major)
                    + " (set SLICEWISE_NODE)");
        }
        LOG.info("Node {} runs JSCAD part code with {} ({})", major, script, bounds);
        return new JscadRunner(node.strip(), runs(node.strip(), "--permission") ? "--permission"
                : "--experimental-permission", script, bounds);
    }

    private static boolean runnable(String command) {
        return command.contains("/") ? Files.isExecutable(Path.of(command))
                : Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                        .anyMatch(directory -> !directory.isEmpty() && Files.isExecutable(Path.of(directory, command)));
    }

    /** The major version of the Node binary, -1 when it does not run. */
    private static int nodeMajor(String node) {
        if (!runnable(node)) {
            return -1;
        }
        String text = output(node, "--version");
        return text.matches("v\\d+\\..*") ? Integer.parseInt(text.substring(1, text.indexOf('.'))) : -1;
    }

    /** Whether Node accepts the flag: its permission model is {@code --permission} from 22.13 and 23.5. */
    private static boolean runs(String node, String flag) {
        return output(node, flag, "-e", "process.stdout.write('ok')").equals("ok");
    }

    /** What the command prints, stripped; empty when it fails or takes more than 10 s. */
    private static String output(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? text : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
