package dev.slicewise.adapter.llm.cad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One engine process of a run of part code, bounded: started through {@code /bin/sh} with {@code ulimit -v} (address
 * space) and {@code ulimit -f} (the size of any file it writes, its stdout included, which goes to a file), in its
 * own directory, with an environment of {@code PATH} and {@code HOME} (that directory) only; killed with its
 * children when its time is up.
 */
final class BoundedProcess {

    /** What a process did: its exit code, or that it ran out of time. */
    record Outcome(boolean timedOut, int exit, String errors) {
    }

    private final SandboxBounds bounds;

    BoundedProcess(SandboxBounds bounds) {
        this.bounds = bounds;
    }

    SandboxBounds bounds() {
        return bounds;
    }

    /**
     * Runs {@code command} in {@code directory}, its stdin from {@code input} when given, its stdout to
     * {@code output}, and waits for it within the time bound.
     */
    Outcome run(List<String> command, Path directory, Path input, Path output) {
        List<String> bounded = new ArrayList<>(List.of("/bin/sh", "-c",
                "ulimit -v " + bounds.memoryMb() * 1024 + " && ulimit -f " + bounds.outputMb() * 2048
                        + " && exec \"$0\" \"$@\""));
        bounded.addAll(command);
        Path errors = directory.resolve("errors.txt");
        ProcessBuilder builder = new ProcessBuilder(bounded).directory(directory.toFile())
                .redirectOutput(output.toFile()).redirectError(errors.toFile());
        builder.redirectInput(input == null ? ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())
                : ProcessBuilder.Redirect.from(input.toFile()));
        Map<String, String> environment = builder.environment();
        String path = environment.getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        environment.clear();
        environment.put("PATH", path);
        environment.put("HOME", directory.toString());
        try {
            Process process = builder.start();
            boolean finished;
            try {
                finished = process.waitFor(bounds.time().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                kill(process);
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the run of part code was interrupted", e);
            }
            if (!finished) {
                kill(process);
                return new Outcome(true, -1, read(errors));
            }
            return new Outcome(false, process.exitValue(), read(errors));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the process and every process it started, and waits until it is gone. */
    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        byte[] bytes = Files.readAllBytes(file);
        int kept = Math.min(bytes.length, 64 * 1024);
        return new String(bytes, 0, kept, StandardCharsets.UTF_8);
    }
}
