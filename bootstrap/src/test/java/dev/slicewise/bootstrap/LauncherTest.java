package dev.slicewise.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The launcher at the repository's root ({@code ./slicewise}) runs the service with a JDK 21 or newer whatever the
 * {@code java} of the PATH is: {@code ./slicewise java-home} says which one it picked. The JDKs here are folders with a
 * {@code bin/javac} and a {@code release} file, which is all the launcher reads of a JDK.
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("..", "slicewise").toAbsolutePath().normalize();

    @Test
    void aJavaHomeOf21OrNewer_isTheOneUsed(@TempDir Path dir) throws Exception {
        Path jdk22 = jdk(dir.resolve("jdk-22"), "22.0.2");
        Path jdk21 = jdk(dir.resolve("jdk-21"), "21.0.5");

        assertEquals(jdk22.toString(), javaHome(jdk22, jdk21));
    }

    @Test
    void anOlderJavaHome_isPassedOver_forTheJdkOfThePathsJavac(@TempDir Path dir) throws Exception {
        Path jdk17 = jdk(dir.resolve("jdk-17"), "17.0.15");
        Path jdk21 = jdk(dir.resolve("jdk-21"), "21.0.5");

        assertEquals(jdk21.toString(), javaHome(jdk17, jdk21));
    }

    /** What {@code ./slicewise java-home} prints with this JAVA_HOME and this JDK's bin first on the PATH. */
    private static String javaHome(Path javaHome, Path jdkOnPath) throws Exception {
        ProcessBuilder launcher = new ProcessBuilder("bash", LAUNCHER.toString(), "java-home").redirectErrorStream(true);
        launcher.environment().putAll(Map.of("JAVA_HOME", javaHome.toString(),
                "PATH", jdkOnPath.resolve("bin") + ":/usr/bin:/bin"));
        Process process = launcher.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, process.waitFor(), output);
        return output;
    }

    private static Path jdk(Path home, String version) throws IOException {
        Path javac = Files.createDirectories(home.resolve("bin")).resolve("javac");
        Files.writeString(javac, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(javac, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        return home.toRealPath();
    }
}
