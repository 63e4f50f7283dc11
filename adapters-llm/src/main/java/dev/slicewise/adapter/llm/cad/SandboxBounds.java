package dev.slicewise.adapter.llm.cad;

import java.time.Duration;

/**
 * The bounds of one run of part code: its wall-clock time, its address space (which bounds its memory) and the size
 * of any file it writes (its output).
 *
 * @param time     the time after which the process and its children are killed
 * @param memoryMb the address space of the process, in MiB ({@code ulimit -v})
 * @param outputMb the largest file the process may write, in MiB ({@code ulimit -f}); stdout goes to a file too
 */
public record SandboxBounds(Duration time, long memoryMb, long outputMb) {

    public SandboxBounds {
        if (time == null || time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("the time bound of part code must be positive");
        }
        if (memoryMb < 64) {
            throw new IllegalArgumentException("the memory bound of part code must be at least 64 MiB");
        }
        if (outputMb < 1) {
            throw new IllegalArgumentException("the output bound of part code must be at least 1 MiB");
        }
    }
}
