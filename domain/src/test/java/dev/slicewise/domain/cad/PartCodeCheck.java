package dev.slicewise.domain.cad;

import dev.slicewise.domain.cad.PartGeometry.Measures;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs a part's code on its real engine ({@link Engines}) and checks what it builds against what the part must
 * measure: it runs without error, it is closed (every edge used by exactly two faces, once in each direction, after
 * splitting T-junctions), it is as many separate solids as the part has, its volume is positive, its bounding box is
 * within 0.5% of the part's size, a point in every hole is outside it, and a gear has its teeth. Public in the
 * domain's test-jar, so that the end-to-end tests check the code the service answers with the same way.
 */
public final class PartCodeCheck {

    /** How far a measured size may be from the asked one, as a share of it. */
    public static final double TOLERANCE = 0.005;

    private PartCodeCheck() {
    }

    /** Fails, saying what, unless the code builds this part. */
    public static void buildsThePart(CodeLanguage language, String code, Part part)
            throws IOException, InterruptedException {
        Mesh mesh = switch (language) {
            case JSCAD -> Engines.jscad(code);
            case OPENSCAD -> Engines.openScad(code);
        };
        Measures measures = part.geometry().measures();
        String context = language + " " + part.family() + " " + part.values();

        List<String> open = mesh.openEdges();
        assertTrue(open.isEmpty(), () -> context + ": not closed, " + open.size() + " edges such as "
                + open.subList(0, Math.min(3, open.size())));
        assertEquals(measures.solids(), mesh.solids(), context + ": separate solids");
        assertTrue(mesh.volume() > 0, context + ": volume " + mesh.volume());

        double[][] bounds = mesh.bounds();
        double[] size = {bounds[1][0] - bounds[0][0], bounds[1][1] - bounds[0][1], bounds[1][2] - bounds[0][2]};
        if (measures.round()) {
            within(measures.sizeX(), 2 * mesh.radius(), context + ": diameter");
        } else {
            within(measures.sizeX(), size[0], context + ": size X");
            within(measures.sizeY(), size[1], context + ": size Y");
        }
        within(measures.sizeZ(), size[2], context + ": size Z");

        for (double[] centre : measures.holeCentres()) {
            assertFalse(mesh.contains(centre), context + ": the hole at " + Arrays.toString(centre) + " is filled");
        }
        if (measures.teeth() > 0) {
            assertEquals(measures.teeth(), mesh.stretchesAround(measures.toothCountRadius(), measures.sizeZ() / 2, 720),
                    context + ": teeth");
        }
    }

    /** Fails unless the measured size is within {@link #TOLERANCE} of the expected one. */
    public static void within(double expected, double measured, String what) {
        if (Math.abs(measured - expected) > TOLERANCE * expected) {
            fail(what + ": measured " + measured + ", asked " + expected);
        }
    }
}
