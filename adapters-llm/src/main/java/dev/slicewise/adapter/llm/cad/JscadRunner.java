package dev.slicewise.adapter.llm.cad;

import dev.slicewise.application.port.out.CodeRun;
import dev.slicewise.application.port.out.PartCodeRunner;
import dev.slicewise.domain.cad.CodeLanguage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * JSCAD code in the CSG.js style run under Node by the runner {@code tools/jscad/run.js}
 * ({@code SLICEWISE_JSCAD_RUNNER}, its {@code node_modules} with {@code @jscad/csg} 0.7.0 beside it), in a
 * {@link BoundedProcess}. The runner gives the code a V8 context of its own whose only names are {@code CSG} and
 * {@code CAG}, with code generation from strings disallowed in both contexts; Node runs it under its permission model
 * (reading the runner's directory only; no writing, child processes or workers). Code that names {@code require},
 * {@code import}, {@code process}, {@code eval}, {@code Function} or {@code globalThis} outside its comments and
 * strings is refused before it runs, which says plainly what the sandbox would stop anyway. The solid's polygons
 * become binary STL.
 */
public final class JscadRunner implements PartCodeRunner {

    /** The words of code that reaches for modules, the process or code made from strings. */
    static final Set<String> REFUSED = Set.of("require", "import", "process", "eval", "Function", "globalThis");

    private final List<String> command;
    private final BoundedProcess process;

    /**
     * @param node           the Node binary
     * @param permissionFlag Node's flag of its permission model ({@code --permission} from Node 23.5,
     *                       {@code --experimental-permission} before)
     * @param runner         the path of {@code run.js}
     */
    JscadRunner(String node, String permissionFlag, Path runner, SandboxBounds bounds) {
        this.command = List.of(node, "--no-warnings", "--disallow-code-generation-from-strings", permissionFlag,
                "--allow-fs-read=" + runner.toAbsolutePath().getParent() + "/*", runner.toAbsolutePath().toString());
        this.process = new BoundedProcess(bounds);
    }

    @Override
    public CodeLanguage language() {
        return CodeLanguage.JSCAD;
    }

    @Override
    public CodeRun run(String code) {
        Optional<String> refused = CodeWords.firstOf(code, REFUSED, true);
        if (refused.isPresent()) {
            return new CodeRun.Refused("JSCAD code may not use '" + refused.get() + "': the service runs code that "
                    + "loads no module and reaches no process (no require, import, process, eval, Function or "
                    + "globalThis); CSG and CAG are given");
        }
        try (Workspace workspace = new Workspace()) {
            Path source = workspace.file("part.jscad");
            Path output = workspace.file("polygons.txt");
            Files.writeString(source, code);
            BoundedProcess.Outcome outcome = process.run(command, workspace.directory(), source, output);
            Optional<CodeRun.Failed> failed = EngineErrors.of(outcome, process, workspace.withoutPath(
                    outcome.errors()));
            if (failed.isPresent()) {
                return failed.get();
            }
            List<double[]> polygons = polygons(output);
            return polygons.isEmpty() ? new CodeRun.Failed("main() returned an empty solid")
                    : new CodeRun.Built(Stl.of(polygons));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The runner's output: one polygon a line, its corners' coordinates. */
    private static List<double[]> polygons(Path output) throws IOException {
        List<double[]> polygons = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(output, StandardCharsets.US_ASCII)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    polygons.add(Arrays.stream(line.strip().split(" ")).mapToDouble(Double::parseDouble).toArray());
                }
            }
        }
        return polygons;
    }
}
