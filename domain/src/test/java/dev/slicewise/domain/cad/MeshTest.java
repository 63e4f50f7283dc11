package dev.slicewise.domain.cad;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks the code-running tests rely on, on surfaces whose answers are known. */
class MeshTest {

    @Test
    void aCube_isOneClosedSolidWithItsVolume() {
        Mesh cube = Mesh.of(cube(0, 10));

        assertTrue(cube.openEdges().isEmpty(), cube.openEdges().toString());
        assertEquals(1, cube.solids());
        assertEquals(1000, cube.volume(), 1e-9);
        assertTrue(cube.contains(new double[] {5, 5, 5}));
        assertFalse(cube.contains(new double[] {15, 5, 5}));
    }

    @Test
    void aCubeWithoutOneFace_isNotClosed() {
        List<double[]> faces = cube(0, 10);
        faces.removeFirst();

        assertEquals(4, Mesh.of(faces).openEdges().size());
    }

    @Test
    void aFaceTurnedInside_isNotClosed() {
        List<double[]> faces = cube(0, 10);
        faces.set(0, reversed(faces.getFirst()));

        assertFalse(Mesh.of(faces).openEdges().isEmpty());
    }

    @Test
    void aTopSplitInTwo_isClosedOnceItsTJunctionsAreSplit() {
        List<double[]> faces = cube(0, 10);
        faces.removeLast();
        faces.add(new double[] {0, 0, 10, 10, 0, 10, 10, 5, 10, 0, 5, 10});
        faces.add(new double[] {0, 5, 10, 10, 5, 10, 10, 10, 10, 0, 10, 10});

        Mesh mesh = Mesh.of(faces);

        assertTrue(mesh.openEdges().isEmpty(), mesh.openEdges().toString());
        assertEquals(1000, mesh.volume(), 1e-9);
    }

    @Test
    void twoCubesApart_areTwoSolids() {
        List<double[]> faces = cube(0, 10);
        faces.addAll(cube(20, 30));

        assertEquals(2, Mesh.of(faces).solids());
    }

    @Test
    void teethAreCountedAsStretchesInsideAlongACircle() {
        List<double[]> faces = new ArrayList<>();
        for (int tooth = 0; tooth < 4; tooth++) {
            double angle = Math.PI / 2 * tooth;
            double x = 10 * Math.cos(angle);
            double y = 10 * Math.sin(angle);
            faces.addAll(box(x - 1, y - 1, 0, x + 1, y + 1, 2));
        }

        assertEquals(4, Mesh.of(faces).stretchesAround(10, 1, 360));
    }

    private static List<double[]> cube(double from, double to) {
        return box(from, from, from, to, to, to);
    }

    /** The six faces of a box, counter-clockwise seen from outside, the top last. */
    private static List<double[]> box(double x0, double y0, double z0, double x1, double y1, double z1) {
        List<double[]> faces = new ArrayList<>();
        faces.add(new double[] {x0, y0, z0, x0, y1, z0, x1, y1, z0, x1, y0, z0});
        faces.add(new double[] {x0, y0, z0, x1, y0, z0, x1, y0, z1, x0, y0, z1});
        faces.add(new double[] {x1, y0, z0, x1, y1, z0, x1, y1, z1, x1, y0, z1});
        faces.add(new double[] {x1, y1, z0, x0, y1, z0, x0, y1, z1, x1, y1, z1});
        faces.add(new double[] {x0, y1, z0, x0, y0, z0, x0, y0, z1, x0, y1, z1});
        faces.add(new double[] {x0, y0, z1, x1, y0, z1, x1, y1, z1, x0, y1, z1});
        return faces;
    }

    private static double[] reversed(double[] face) {
        double[] reversed = new double[face.length];
        int corners = face.length / 3;
        for (int i = 0; i < corners; i++) {
            System.arraycopy(face, i * 3, reversed, (corners - 1 - i) * 3, 3);
        }
        return reversed;
    }
}
