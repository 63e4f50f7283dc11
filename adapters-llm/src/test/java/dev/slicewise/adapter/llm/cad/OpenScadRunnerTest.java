package dev.slicewise.adapter.llm.cad;

import dev.slicewise.application.port.out.CodeRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OpenSCAD code run by the real binary in the sandbox: built, failed with its error, refused, bounded. */
class OpenScadRunnerTest {

    private final OpenScadRunner runner = Runners.openScad(Runners.BOUNDS);

    @Test
    void aCube_isBuilt_asBinaryStlWithItsTwelveTriangles() {
        CodeRun run = runner.run("// a 10 mm cube; include <nothing> is a comment\nsize = 10;\ncube(size);\n"
                + "echo(\"use import\");\n");

        byte[] stl = assertInstanceOf(CodeRun.Built.class, run).stl();
        assertEquals(12, Runners.triangles(stl));
        assertEquals(84 + 12 * 50, stl.length);
    }

    @Test
    void aSyntaxError_failsWithTheEnginesError_withoutTheMachinesPaths() {
        String error = assertInstanceOf(CodeRun.Failed.class, runner.run("cube(10\n")).error();

        assertTrue(error.contains("syntax error") && error.contains("line"), error);
        assertFalse(error.contains("/tmp") || error.contains("slicewise-part"), error);
    }

    @Test
    void aWarning_isAFailure_sinceTheCodeHasAMistake() {
        String error = assertInstanceOf(CodeRun.Failed.class, runner.run("gear(20);\ncube(2);\n")).error();

        assertTrue(error.contains("unknown module 'gear'"), error);
    }

    @Test
    void codeThatBuildsNothing_fails() {
        assertInstanceOf(CodeRun.Failed.class, runner.run("x = 3;\necho(x);\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"include <MCAD/gears.scad>\ncube(1);", "use <../../etc/passwd>\ncube(1);",
            "import(\"/etc/passwd\");", "surface(file = \"/etc/hostname\");",
            "linear_extrude(height = 2, file = \"a.dxf\");", "x = dxf_dim(file = \"a.dxf\", name = \"d\");"})
    void codeThatReadsAFile_isRefused_beforeItRuns(String code) {
        String reason = assertInstanceOf(CodeRun.Refused.class, runner.run(code)).reason();

        assertTrue(reason.startsWith("OpenSCAD code may not use '"), reason);
    }

    @Test
    void codeThatRunsPastTheTimeBound_isKilled_andFails() {
        OpenScadRunner hurried = Runners.openScad(new SandboxBounds(Duration.ofSeconds(2), 2048, 64));

        String error = assertInstanceOf(CodeRun.Failed.class, hurried.run(
                "for (i = [0:200]) for (j = [0:200]) translate([i * 2, j * 2, 0]) sphere(r = 1.5, $fn = 64);"))
                .error();

        assertTrue(error.contains("within 2 s"), error);
    }
}
