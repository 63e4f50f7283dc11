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

/**
 * JSCAD code run under Node by {@code tools/jscad/run.js} in the sandbox: built, failed with its error, refused, and
 * the ways out of the sandbox that code could try.
 */
class JscadRunnerTest {

    private final JscadRunner runner = Runners.jscad(Runners.BOUNDS);

    @Test
    void aCubeWithAHole_isBuilt_asBinaryStl() {
        CodeRun run = runner.run("""
                // a 20 mm cube with a 5 mm hole; require('fs') in a comment is no use of it
                const size = 20; // mm
                function body() { return CSG.cube({center: [0, 0, size / 2], radius: size / 2}); }
                function hole() { return CSG.cylinder({start: [0, 0, -1], end: [0, 0, size + 1], radius: 2.5}); }
                function main() { return body().subtract(hole()).translate([1, 2, 3]); }
                """);

        byte[] stl = assertInstanceOf(CodeRun.Built.class, run).stl();
        assertTrue(Runners.triangles(stl) > 12);
        assertEquals(84 + Runners.triangles(stl) * 50, stl.length);
    }

    @Test
    void anError_failsWithTheMessageAndThePlaceInTheCode_withoutTheMachinesPaths() {
        String error = assertInstanceOf(CodeRun.Failed.class, runner.run(
                "function main() {\n  return CSG.cube().translate([1]);\n}\n")).error();

        assertTrue(error.startsWith("Error: wrong arguments") && error.contains("part.jscad:2"), error);
        assertFalse(error.contains(Runners.runnerDirectory().toString()) || error.contains("node_modules"), error);
    }

    @Test
    void mainThatReturnsNoSolid_fails() {
        String error = assertInstanceOf(CodeRun.Failed.class, runner.run(
                "function main() { return [CSG.cube(), CSG.sphere()]; }")).error();

        assertTrue(error.contains("main() did not return one CSG solid"), error);
    }

    @ParameterizedTest
    @ValueSource(strings = {"const fs = require('fs');\nfunction main() { return CSG.cube(); }",
            "function main() { import('fs'); return CSG.cube(); }",
            "function main() { process.exit(0); }", "function main() { return eval('CSG.cube()'); }",
            "function main() { return new Function('return CSG.cube()')(); }",
            "function main() { return globalThis.CSG.cube(); }"})
    void codeThatReachesForModulesOrTheProcess_isRefused_beforeItRuns(String code) {
        String reason = assertInstanceOf(CodeRun.Refused.class, runner.run(code)).reason();

        assertTrue(reason.startsWith("JSCAD code may not use '"), reason);
    }

    /** Ways past the refused words that the sandbox itself stops: an escaped name, the host's Function. */
    @ParameterizedTest
    @ValueSource(strings = {
            "function main() { return \\u0072equire('fs').readFileSync('/etc/hostname'); }",
            "function main() { return CSG.constructor.constructor('return pro' + 'cess')().exit(0); }",
            "function main() { return this.constructor.constructor('return 1')(); }",
            "function main() { try { CSG.cube().translate([1]); } catch (e) {"
                    + " return e.constructor.constructor('return pro' + 'cess')().exit(0); } }",
            "function main() { return setTimeout(() => 0, 1); }"})
    void waysOutOfTheSandbox_failInsideIt(String code) {
        String error = assertInstanceOf(CodeRun.Failed.class, runner.run(code)).error();

        assertTrue(error.contains("ReferenceError: ") || error.contains("EvalError: "), error);
    }

    @Test
    void codeThatRunsPastTheTimeBound_isKilled_andFails() {
        JscadRunner hurried = Runners.jscad(new SandboxBounds(Duration.ofSeconds(2), 2048, 64));

        String error = assertInstanceOf(CodeRun.Failed.class, hurried.run("function main() { for (;;) {} }"))
                .error();

        assertTrue(error.contains("within 2 s"), error);
    }

    @Test
    void codeThatTakesMoreMemoryThanTheBound_fails() {
        JscadRunner small = Runners.jscad(new SandboxBounds(Duration.ofSeconds(30), 1024, 64));

        CodeRun run = small.run("function main() { const all = []; for (;;) { all.push(new Array(1e6).fill(1.5)); } }");

        assertInstanceOf(CodeRun.Failed.class, run);
    }
}
