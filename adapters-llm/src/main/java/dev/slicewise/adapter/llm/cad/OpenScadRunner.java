package dev.slicewise.adapter.llm.cad;

import dev.slicewise.application.port.out.CodeRun;
import dev.slicewise.application.port.out.PartCodeRunner;
import dev.slicewise.domain.cad.CodeLanguage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * OpenSCAD code run by the {@code openscad} binary ({@code SLICEWISE_OPENSCAD}), rendered to binary STL in a
 * {@link BoundedProcess}. OpenSCAD reads files only where the code names one: {@code include} and {@code use}
 * (libraries), {@code import} and {@code surface} (meshes, images), and the legacy {@code file} argument and
 * {@code dxf_dim}/{@code dxf_cross}; code that uses any of these words outside its comments and strings is refused
 * before it runs, so that the engine never opens a file but its own input. A warning is a failure as much as an
 * error: an unknown module or variable is a mistake that still renders something.
 */
public final class OpenScadRunner implements PartCodeRunner {

    /** The words that make OpenSCAD read a file. */
    static final Set<String> REFUSED = Set.of("include", "use", "import", "surface", "file", "dxf_dim", "dxf_cross");

    private final String binary;
    private final BoundedProcess process;

    OpenScadRunner(String binary, SandboxBounds bounds) {
        this.binary = binary;
        this.process = new BoundedProcess(bounds);
    }

    @Override
    public CodeLanguage language() {
        return CodeLanguage.OPENSCAD;
    }

    @Override
    public CodeRun run(String code) {
        Optional<String> refused = CodeWords.firstOf(code, REFUSED, false);
        if (refused.isPresent()) {
            return new CodeRun.Refused("OpenSCAD code may not use '" + refused.get() + "': the service renders "
                    + "code that reads no file (no include, use, import, surface, file=, dxf_dim or dxf_cross); "
                    + "write the whole part in the code itself");
        }
        try (Workspace workspace = new Workspace()) {
            Path source = workspace.file("part.scad");
            Path stl = workspace.file("part.stl");
            Files.writeString(source, code);
            BoundedProcess.Outcome outcome = process.run(List.of(binary, "-o", "part.stl", "--export-format",
                    "binstl", "part.scad"), workspace.directory(), null, workspace.file("stdout.txt"));
            String errors = workspace.withoutPath(problems(outcome.errors()));
            Optional<CodeRun.Failed> failed = EngineErrors.of(outcome, process, errors);
            if (failed.isPresent()) {
                return failed.get();
            }
            if (!errors.isEmpty()) {
                return new CodeRun.Failed(EngineErrors.trimmed(errors));
            }
            if (!Files.exists(stl) || Files.size(stl) <= Stl.HEADER_AND_COUNT) {
                return new CodeRun.Failed("the code builds no solid");
            }
            return new CodeRun.Built(Files.readAllBytes(stl));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * OpenSCAD's errors and warnings and the lines that say why nothing was exported; its statistics of the
     * rendering and the code's {@code echo} output are left out.
     */
    private static String problems(String errors) {
        return errors.lines().filter(line -> line.startsWith("ERROR") || line.startsWith("WARNING")
                        || line.startsWith("Can't") || line.startsWith("Current top level object"))
                .collect(Collectors.joining("\n"));
    }
}
