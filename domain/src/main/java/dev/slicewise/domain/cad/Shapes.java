package dev.slicewise.domain.cad;

import dev.slicewise.domain.cad.PartGeometry.Measures;
import dev.slicewise.domain.cad.Solid.Box;
import dev.slicewise.domain.cad.Solid.Cylinder;
import dev.slicewise.domain.cad.Solid.Difference;
import dev.slicewise.domain.cad.Solid.Grid;
import dev.slicewise.domain.cad.Solid.Prism;
import dev.slicewise.domain.cad.Solid.Profile;
import dev.slicewise.domain.cad.Solid.Ring;
import dev.slicewise.domain.cad.Solid.Union;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of each family and the checks between its parameters (a bore must leave a wall, a grid of holes must
 * fit its plate). Every hole cutter reaches 1 mm past the faces it cuts, so no engine leaves a skin.
 */
final class Shapes {

    /** Past the faces a cutter cuts through. */
    private static final double THROUGH = 1;
    private static final double MIN_WALL = ParameterSpec.MIN_WALL;
    /** The gap between a box and its lid on the plate. */
    private static final double LID_GAP = 5;
    /** The lid's lip: how deep it reaches into the box and its clearance to the walls. */
    private static final double LIP_HEIGHT = 4;
    private static final double LIP_CLEARANCE = 0.2;

    private Shapes() {
    }

    static List<String> problems(Part part) {
        Values v = new Values(part);
        List<String> problems = new ArrayList<>();
        switch (part.family()) {
            case BOX -> {
                atLeast(problems, v, "width", 2 * v.get("wall") + 1, "leaves no room inside the walls");
                atLeast(problems, v, "depth", 2 * v.get("wall") + 1, "leaves no room inside the walls");
                atLeast(problems, v, "height", v.get("floor_thickness") + 1, "leaves no room above the floor");
                if (v.get("lid") == 1) {
                    atLeast(problems, v, "width", 4 * v.get("wall") + 2 * LIP_CLEARANCE + 1, "is too narrow for a lid's lip");
                    atLeast(problems, v, "depth", 4 * v.get("wall") + 2 * LIP_CLEARANCE + 1, "is too narrow for a lid's lip");
                    atLeast(problems, v, "height", v.get("wall") + LIP_HEIGHT, "is lower than the lid");
                }
                holeFits(problems, v, "centre_hole",
                        Math.min(v.get("width"), v.get("depth")) - 2 * v.get("wall") - 2 * MIN_WALL);
            }
            case CYLINDER -> holeFits(problems, v, "centre_hole", v.get("diameter") - 2 * MIN_WALL);
            case TUBE, WASHER -> holeFits(problems, v, "inner_diameter", v.get("outer_diameter") - 2 * MIN_WALL);
            case SPUR_GEAR -> {
                Gear gear = new Gear(v);
                if (gear.outside() > ParameterSpec.MAX_LENGTH) {
                    problems.add("the outside diameter " + v.shown("gear_module", gear.outside())
                            + " is more than a printer reaches (" + v.shown("gear_module", ParameterSpec.MAX_LENGTH) + ")");
                }
                if (gear.tipHalfAngle() <= 0) {
                    problems.add("teeth this long would be pointed: addendum " + Numbers.text(v.get("addendum"))
                            + " is too much for " + Numbers.text(v.get("teeth")) + " teeth");
                }
                holeFits(problems, v, "bore", 2 * gear.root() - 2 * MIN_WALL);
            }
            case HOLE_PLATE -> {
                double hole = v.get("hole_diameter");
                atLeast(problems, v, "margin", hole / 2 + MIN_WALL, "puts the outer holes into the edge");
                if (v.get("columns") > 1) {
                    double step = (v.get("width") - 2 * v.get("margin")) / (v.get("columns") - 1);
                    if (step < hole + MIN_WALL) {
                        problems.add(Numbers.text(v.get("columns")) + " columns of " + v.shown("hole_diameter", hole)
                                + " holes do not fit in a width of " + v.shown("width", v.get("width")));
                    }
                }
                if (v.get("rows") > 1) {
                    double step = (v.get("depth") - 2 * v.get("margin")) / (v.get("rows") - 1);
                    if (step < hole + MIN_WALL) {
                        problems.add(Numbers.text(v.get("rows")) + " rows of " + v.shown("hole_diameter", hole)
                                + " holes do not fit in a depth of " + v.shown("depth", v.get("depth")));
                    }
                }
                holeFits(problems, v, "centre_hole", Math.min(v.get("width"), v.get("depth")) - 2 * MIN_WALL);
            }
            case L_BRACKET -> {
                atLeast(problems, v, "length", v.get("thickness") + 2, "is no longer than the upright's thickness");
                atLeast(problems, v, "height", v.get("thickness") + 2, "is no higher than the base's thickness");
                holeFits(problems, v, "hole_diameter", Math.min(v.get("width"),
                        Math.min(v.get("length"), v.get("height")) - v.get("thickness")) - 2 * MIN_WALL);
            }
            case HOOK -> {
                atLeast(problems, v, "depth", 2 * v.get("thickness") + 2, "leaves no room on the arm");
                atLeast(problems, v, "height", v.get("lip_height"), "is lower than the lip");
                atLeast(problems, v, "lip_height", v.get("thickness") + 1, "is no higher than the arm");
                if (v.get("hole_diameter") > 0) {
                    holeFits(problems, v, "hole_diameter", v.get("width") - 2 * MIN_WALL);
                    atLeast(problems, v, "height", v.get("thickness") + 3 * v.get("hole_diameter") + MIN_WALL,
                            "leaves no room for the screw hole above the arm");
                }
            }
            case KNOB -> {
                if (v.get("grips") % 4 != 0) {
                    problems.add("grips " + Numbers.text(v.get("grips"))
                            + " is not a multiple of 4 (0, 4, 8, 12, ...), which keeps the rim symmetric");
                }
                holeFits(problems, v, "shaft_diameter", v.get("diameter") / 2);
                if (v.get("shaft_depth") > v.get("height") - MIN_WALL) {
                    problems.add("shaft_depth " + v.shown("shaft_depth", v.get("shaft_depth"))
                            + " leaves less than " + v.shown("shaft_depth", MIN_WALL) + " above the shaft");
                }
                holeFits(problems, v, "shaft_flat", v.get("shaft_diameter") / 3);
            }
            case CABLE_CLIP -> {
                holeFits(problems, v, "hole_diameter", Math.min(v.get("tab_length"), v.get("width")) - 2 * MIN_WALL);
            }
            case PHONE_STAND -> {
                double needed = v.get("thickness") + v.get("slot") + v.get("thickness") / sin(v.get("angle"))
                        + v.get("height") / tan(v.get("angle"));
                if (needed > v.get("depth")) {
                    problems.add("the back rest would lean past the base: a height of " + v.shown("height", v.get("height"))
                            + " at " + Numbers.text(v.get("angle")) + "° needs a depth of at least "
                            + v.shown("depth", needed));
                }
                atLeast(problems, v, "height", v.get("lip_height"), "is lower than the lip");
                atLeast(problems, v, "lip_height", v.get("thickness") + 1, "is no higher than the base");
            }
            case HEX_SPACER -> holeFits(problems, v, "bore", v.get("across_flats") - 2 * MIN_WALL);
        }
        return problems;
    }

    static PartGeometry of(Part part) {
        Values v = new Values(part);
        return switch (part.family()) {
            case BOX -> box(part, v);
            case CYLINDER -> cylinder(part, v);
            case TUBE -> tube(part, v, "height");
            case WASHER -> tube(part, v, "thickness");
            case SPUR_GEAR -> gear(part, v);
            case HOLE_PLATE -> holePlate(part, v);
            case L_BRACKET -> lBracket(part, v);
            case HOOK -> hook(part, v);
            case KNOB -> knob(part, v);
            case CABLE_CLIP -> cableClip(part, v);
            case PHONE_STAND -> phoneStand(part, v);
            case HEX_SPACER -> hexSpacer(part, v);
        };
    }

    private static PartGeometry box(Part part, Values v) {
        Num width = v.num("width");
        Num depth = v.num("depth");
        Num height = v.num("height");
        Num wall = v.num("wall");
        Num floor = v.num("floor_thickness");
        Feature shell = new Feature("shell", "the outside of the box",
                new Box(Num.of(0), Num.of(0), Num.of(0), width, depth, height));
        Feature cavity = new Feature("cavity", "the inside, open at the top",
                new Box(wall, wall, floor, width.minus(wall.times(2)), depth.minus(wall.times(2)), height));
        List<Feature> features = new ArrayList<>(List.of(shell, cavity));
        List<Solid> cuts = new ArrayList<>(List.of(cavity.call()));
        List<double[]> holes = new ArrayList<>();
        if (v.get("centre_hole") > 0) {
            Feature hole = new Feature("hole_in_middle", "a hole through the middle of the floor",
                    new Cylinder(Axis.Z, width.half(), depth.half(), Num.of(-THROUGH), floor.plus(2 * THROUGH),
                            v.num("centre_hole").half()));
            features.add(hole);
            cuts.add(hole.call());
            holes.add(new double[] {width.value() / 2, depth.value() / 2, floor.value() / 2});
        }
        Solid box = new Difference(shell.call(), cuts);
        double sizeX = width.value();
        int solids = 1;
        Solid main = box;
        if (v.get("lid") == 1) {
            Num left = width.plus(LID_GAP);
            Num clearance = Num.of(LIP_CLEARANCE);
            Num lipX = left.plus(wall).plus(clearance);
            Num lipY = wall.plus(clearance);
            Num lipWidth = width.minus(wall.times(2)).minus(2 * LIP_CLEARANCE);
            Num lipDepth = depth.minus(wall.times(2)).minus(2 * LIP_CLEARANCE);
            Feature lid = new Feature("lid_with_lip", "the lid, printed upside down beside the box, with a lip that fits inside the walls",
                    new Union(List.of(
                            new Box(left, Num.of(0), Num.of(0), width, depth, wall),
                            new Difference(
                                    new Box(lipX, lipY, Num.of(0), lipWidth, lipDepth, wall.plus(LIP_HEIGHT)),
                                    List.of(new Box(lipX.plus(wall), lipY.plus(wall), wall,
                                            lipWidth.minus(wall.times(2)), lipDepth.minus(wall.times(2)),
                                            Num.of(LIP_HEIGHT + THROUGH)))))));
            features.add(lid);
            main = new Union(List.of(box, lid.call()));
            sizeX = 2 * width.value() + LID_GAP;
            solids = 2;
        }
        return new PartGeometry(part, features, main,
                new Measures(sizeX, depth.value(), height.value(), false, solids, holes, 0, 0));
    }

    private static PartGeometry cylinder(Part part, Values v) {
        Num radius = v.num("diameter").half();
        Num height = v.num("height");
        Feature body = new Feature("body", "the cylinder, standing on its base",
                new Cylinder(Axis.Z, Num.of(0), Num.of(0), Num.of(0), height, radius));
        List<double[]> holes = new ArrayList<>();
        Solid main = body.call();
        List<Feature> features = new ArrayList<>(List.of(body));
        if (v.get("centre_hole") > 0) {
            Feature hole = new Feature("hole_in_middle", "a hole along the axis",
                    new Cylinder(Axis.Z, Num.of(0), Num.of(0), Num.of(-THROUGH), height.plus(2 * THROUGH),
                            v.num("centre_hole").half()));
            features.add(hole);
            main = new Difference(body.call(), List.of(hole.call()));
            holes.add(new double[] {0, 0, height.value() / 2});
        }
        double diameter = v.get("diameter");
        return new PartGeometry(part, features, main,
                new Measures(diameter, diameter, height.value(), true, 1, holes, 0, 0));
    }

    private static PartGeometry tube(Part part, Values v, String heightName) {
        Num height = v.num(heightName);
        Feature body = new Feature("body", "the outside",
                new Cylinder(Axis.Z, Num.of(0), Num.of(0), Num.of(0), height, v.num("outer_diameter").half()));
        Feature bore = new Feature("bore_hole", "the hole through it",
                new Cylinder(Axis.Z, Num.of(0), Num.of(0), Num.of(-THROUGH), height.plus(2 * THROUGH),
                        v.num("inner_diameter").half()));
        double diameter = v.get("outer_diameter");
        return new PartGeometry(part, List.of(body, bore), new Difference(body.call(), List.of(bore.call())),
                new Measures(diameter, diameter, height.value(), true, 1,
                        List.of(new double[] {0, 0, height.value() / 2}), 0, 0));
    }

    private static PartGeometry gear(Part part, Values v) {
        Gear gear = new Gear(v);
        Num thickness = v.num("thickness");
        Feature teeth = new Feature("toothed_disc", "the disc with " + Numbers.text(v.get("teeth"))
                + " involute teeth (outline computed from teeth, gear_module, addendum and pressure_angle)",
                new Prism(gear.outline(), Num.of(0), thickness));
        List<Feature> features = new ArrayList<>(List.of(teeth));
        Solid main = teeth.call();
        List<double[]> holes = new ArrayList<>();
        if (v.get("bore") > 0) {
            Feature bore = new Feature("bore_hole", "the shaft hole",
                    new Cylinder(Axis.Z, Num.of(0), Num.of(0), Num.of(-THROUGH), thickness.plus(2 * THROUGH),
                            v.num("bore").half()));
            features.add(bore);
            main = new Difference(teeth.call(), List.of(bore.call()));
            holes.add(new double[] {0, 0, thickness.value() / 2});
        }
        double outside = gear.outside();
        return new PartGeometry(part, features, main, new Measures(outside, outside, thickness.value(), true, 1,
                holes, (int) v.get("teeth"), (gear.pitch() + gear.outside() / 2) / 2));
    }

    private static PartGeometry holePlate(Part part, Values v) {
        Num width = v.num("width");
        Num depth = v.num("depth");
        Num thickness = v.num("thickness");
        Num margin = v.num("margin");
        Num columns = v.num("columns");
        Num rows = v.num("rows");
        Feature plate = new Feature("plate", "the plate",
                new Box(Num.of(0), Num.of(0), Num.of(0), width, depth, thickness));
        boolean oneColumn = v.get("columns") == 1;
        boolean oneRow = v.get("rows") == 1;
        Num x = oneColumn ? width.half() : margin;
        Num y = oneRow ? depth.half() : margin;
        Num stepX = oneColumn ? Num.of(0) : width.minus(margin.times(2)).div(columns.minus(1));
        Num stepY = oneRow ? Num.of(0) : depth.minus(margin.times(2)).div(rows.minus(1));
        Feature holes = new Feature("holes", "the grid of holes, columns along X and rows along Y",
                new Grid(x, y, stepX, stepY, columns, rows, Num.of(-THROUGH), thickness.plus(2 * THROUGH),
                        v.num("hole_diameter").half()));
        List<Feature> features = new ArrayList<>(List.of(plate, holes));
        List<Solid> cuts = new ArrayList<>(List.of(holes.call()));
        List<double[]> centres = new ArrayList<>();
        double z = thickness.value() / 2;
        for (int column = 0; column < v.get("columns"); column++) {
            for (int row = 0; row < v.get("rows"); row++) {
                centres.add(new double[] {x.value() + column * stepX.value(), y.value() + row * stepY.value(), z});
            }
        }
        if (v.get("centre_hole") > 0) {
            Feature hole = new Feature("hole_in_middle", "an extra hole in the middle",
                    new Cylinder(Axis.Z, width.half(), depth.half(), Num.of(-THROUGH), thickness.plus(2 * THROUGH),
                            v.num("centre_hole").half()));
            features.add(hole);
            cuts.add(hole.call());
            centres.add(new double[] {width.value() / 2, depth.value() / 2, z});
        }
        return new PartGeometry(part, features, new Difference(plate.call(), cuts),
                new Measures(width.value(), depth.value(), thickness.value(), false, 1, centres, 0, 0));
    }

    private static PartGeometry lBracket(Part part, Values v) {
        Num length = v.num("length");
        Num height = v.num("height");
        Num width = v.num("width");
        Num thickness = v.num("thickness");
        Feature base = new Feature("base_leg", "the leg that lies on the table",
                new Box(Num.of(0), Num.of(0), Num.of(0), length, width, thickness));
        Feature upright = new Feature("upright_leg", "the leg that stands up",
                new Box(Num.of(0), Num.of(0), Num.of(0), thickness, width, height));
        List<Feature> features = new ArrayList<>(List.of(base, upright));
        Solid main = new Union(List.of(base.call(), upright.call()));
        List<double[]> holes = new ArrayList<>();
        if (v.get("hole_diameter") > 0) {
            Num radius = v.num("hole_diameter").half();
            Num baseX = thickness.plus(length.minus(thickness).half());
            Num uprightZ = thickness.plus(height.minus(thickness).half());
            Feature screwHoles = new Feature("screw_holes", "one screw hole in the middle of each leg",
                    new Union(List.of(
                            new Cylinder(Axis.Z, baseX, width.half(), Num.of(-THROUGH), thickness.plus(2 * THROUGH), radius),
                            new Cylinder(Axis.X, width.half(), uprightZ, Num.of(-THROUGH), thickness.plus(2 * THROUGH),
                                    radius))));
            features.add(screwHoles);
            main = new Difference(main, List.of(screwHoles.call()));
            holes.add(new double[] {baseX.value(), width.value() / 2, thickness.value() / 2});
            holes.add(new double[] {thickness.value() / 2, width.value() / 2, uprightZ.value()});
        }
        return new PartGeometry(part, features, main,
                new Measures(length.value(), width.value(), height.value(), false, 1, holes, 0, 0));
    }

    private static PartGeometry hook(Part part, Values v) {
        Num height = v.num("height");
        Num depth = v.num("depth");
        Num width = v.num("width");
        Num thickness = v.num("thickness");
        Feature back = new Feature("back_plate", "the plate screwed to the wall",
                new Box(Num.of(0), Num.of(0), Num.of(0), thickness, width, height));
        Feature arm = new Feature("arm", "the arm reaching out from the wall",
                new Box(Num.of(0), Num.of(0), Num.of(0), depth, width, thickness));
        Feature lip = new Feature("lip", "the lip at the end of the arm that keeps things on",
                new Box(depth.minus(thickness), Num.of(0), Num.of(0), thickness, width, v.num("lip_height")));
        List<Feature> features = new ArrayList<>(List.of(back, arm, lip));
        Solid main = new Union(List.of(back.call(), arm.call(), lip.call()));
        List<double[]> holes = new ArrayList<>();
        if (v.get("hole_diameter") > 0) {
            Num z = height.minus(v.num("hole_diameter").times(2));
            Feature hole = new Feature("screw_hole", "the screw hole near the top of the back plate",
                    new Cylinder(Axis.X, width.half(), z, Num.of(-THROUGH), thickness.plus(2 * THROUGH),
                            v.num("hole_diameter").half()));
            features.add(hole);
            main = new Difference(main, List.of(hole.call()));
            holes.add(new double[] {thickness.value() / 2, width.value() / 2, z.value()});
        }
        return new PartGeometry(part, features, main,
                new Measures(depth.value(), width.value(), height.value(), false, 1, holes, 0, 0));
    }

    private static PartGeometry knob(Part part, Values v) {
        Num radius = v.num("diameter").half();
        Num height = v.num("height");
        Num shaftRadius = v.num("shaft_diameter").half();
        Num shaftDepth = v.num("shaft_depth");
        Feature body = new Feature("body", "the knob", new Cylinder(Axis.Z, Num.of(0), Num.of(0), Num.of(0), height, radius));
        Feature shaft = new Feature("shaft_hole", "the hole for the shaft, from below",
                new Cylinder(Axis.Z, Num.of(0), Num.of(0), Num.of(-THROUGH), shaftDepth.plus(THROUGH), shaftRadius));
        List<Feature> features = new ArrayList<>(List.of(body));
        List<Solid> cuts = new ArrayList<>(List.of(shaft.call()));
        if (v.get("grips") > 0) {
            Num grips = v.num("grips");
            Num fluteRadius = radius.times(Math.PI / 2).div(grips);
            Feature flutes = new Feature("grip_flutes", "the flutes around the rim that the fingers grip",
                    new Ring(grips, radius.plus(fluteRadius.times(0.4)), Num.of(-THROUGH), height.plus(2 * THROUGH),
                            fluteRadius));
            features.add(flutes);
            cuts.add(flutes.call());
        }
        features.add(shaft);
        Solid main = new Difference(body.call(), cuts);
        if (v.get("shaft_flat") > 0) {
            Feature flat = new Feature("flat_of_shaft", "the flat of the D-shaped shaft hole",
                    new Box(shaftRadius.minus(v.num("shaft_flat")), shaftRadius.negated().minus(THROUGH), Num.of(0),
                            v.num("shaft_flat").plus(THROUGH), v.num("shaft_diameter").plus(2 * THROUGH), shaftDepth));
            features.add(flat);
            main = new Union(List.of(main, flat.call()));
        }
        double diameter = v.get("diameter");
        return new PartGeometry(part, features, main, new Measures(diameter, diameter, height.value(), true, 1,
                List.of(new double[] {0, 0, v.get("shaft_depth") / 2}), 0, 0));
    }

    private static PartGeometry cableClip(Part part, Values v) {
        Num cableRadius = v.num("cable_diameter").half();
        Num wall = v.num("wall");
        Num width = v.num("width");
        Num outer = cableRadius.plus(wall);
        Num opening = v.num("cable_diameter").times(0.7);
        Feature ring = new Feature("ring", "the ring around the cable, its axis along Y",
                new Cylinder(Axis.Y, Num.of(0), outer, Num.of(0), width, outer));
        Feature cable = new Feature("cable", "the room for the cable",
                new Cylinder(Axis.Y, Num.of(0), outer, Num.of(-THROUGH), width.plus(2 * THROUGH), cableRadius));
        Feature slot = new Feature("opening", "the opening at the top the cable is pressed through",
                new Box(opening.half().negated(), Num.of(-THROUGH), outer, opening, width.plus(2 * THROUGH),
                        outer.plus(THROUGH)));
        Num tabLength = v.num("tab_length");
        Feature tab = new Feature("tab", "the flat tab that is screwed down",
                new Box(Num.of(0), Num.of(0), Num.of(0), outer.plus(tabLength), width, wall));
        List<Feature> features = new ArrayList<>(List.of(ring, cable, slot, tab));
        Solid main = new Union(List.of(new Difference(ring.call(), List.of(cable.call(), slot.call())), tab.call()));
        List<double[]> holes = new ArrayList<>();
        if (v.get("hole_diameter") > 0) {
            Num x = outer.plus(tabLength.half());
            Feature hole = new Feature("screw_hole", "the screw hole in the tab",
                    new Cylinder(Axis.Z, x, width.half(), Num.of(-THROUGH), wall.plus(2 * THROUGH),
                            v.num("hole_diameter").half()));
            features.add(hole);
            main = new Difference(main, List.of(hole.call()));
            holes.add(new double[] {x.value(), width.value() / 2, wall.value() / 2});
        }
        double r = outer.value();
        double top = r + Math.sqrt(r * r - opening.value() * opening.value() / 4);
        return new PartGeometry(part, features, main,
                new Measures(2 * r + tabLength.value(), width.value(), top, false, 1, holes, 0, 0));
    }

    private static PartGeometry phoneStand(Part part, Values v) {
        Num depth = v.num("depth");
        Num width = v.num("width");
        Num height = v.num("height");
        Num thickness = v.num("thickness");
        Num angle = v.num("angle");
        Feature base = new Feature("base", "the base on the table",
                new Box(Num.of(0), Num.of(0), Num.of(0), depth, width, thickness));
        Feature lip = new Feature("front_lip", "the lip at the front the phone stands against",
                new Box(Num.of(0), Num.of(0), Num.of(0), thickness, width, v.num("lip_height")));
        Num start = thickness.plus(v.num("slot"));
        Num foot = thickness.div(angle.sin());
        Num lean = height.div(angle.tan());
        Feature rest = new Feature("back_rest", "the back rest, leaning back by the angle from the table",
                new Profile(List.of(
                        new Point2(start, Num.of(0)),
                        new Point2(start.plus(foot), Num.of(0)),
                        new Point2(start.plus(foot).plus(lean), height),
                        new Point2(start.plus(lean), height)), Num.of(0), width));
        return new PartGeometry(part, List.of(base, lip, rest),
                new Union(List.of(base.call(), lip.call(), rest.call())),
                new Measures(depth.value(), width.value(), height.value(), false, 1, List.of(), 0, 0));
    }

    private static PartGeometry hexSpacer(Part part, Values v) {
        Num flats = v.num("across_flats");
        Num height = v.num("height");
        Num corner = flats.div(Num.of(3).sqrt());
        Num halfFlats = flats.half();
        Feature body = new Feature("hex_body", "the hexagonal body, two corners on the X axis",
                new Prism(List.of(
                        new Point2(corner, Num.of(0)),
                        new Point2(corner.half(), halfFlats),
                        new Point2(corner.half().negated(), halfFlats),
                        new Point2(corner.negated(), Num.of(0)),
                        new Point2(corner.half().negated(), halfFlats.negated()),
                        new Point2(corner.half(), halfFlats.negated())), Num.of(0), height));
        List<Feature> features = new ArrayList<>(List.of(body));
        Solid main = body.call();
        List<double[]> holes = new ArrayList<>();
        if (v.get("bore") > 0) {
            Feature bore = new Feature("bore_hole", "the hole through it",
                    new Cylinder(Axis.Z, Num.of(0), Num.of(0), Num.of(-THROUGH), height.plus(2 * THROUGH),
                            v.num("bore").half()));
            features.add(bore);
            main = new Difference(body.call(), List.of(bore.call()));
            holes.add(new double[] {0, 0, height.value() / 2});
        }
        return new PartGeometry(part, features, main,
                new Measures(2 * corner.value(), flats.value(), height.value(), false, 1, holes, 0, 0));
    }

    private static double sin(double degrees) {
        return Math.sin(Math.toRadians(degrees));
    }

    private static double tan(double degrees) {
        return Math.tan(Math.toRadians(degrees));
    }

    private static void atLeast(List<String> problems, Values v, String name, double minimum, String why) {
        if (v.get(name) < minimum) {
            problems.add(name + " " + v.shown(name, v.get(name)) + " " + why + " (at least " + v.shown(name, minimum) + ")");
        }
    }

    private static void holeFits(List<String> problems, Values v, String name, double maximum) {
        double value = v.get(name);
        if (value > 0 && value > maximum) {
            problems.add(name + " " + v.shown(name, value) + " is too large: it must leave a wall of at least "
                    + v.shown(name, MIN_WALL) + " (at most " + v.shown(name, Math.max(maximum, 0)) + ")");
        }
    }

    /** A part's values as numbers of the code: each parameter by its variable name. */
    private record Values(Part part) {
        double get(String name) {
            return part.value(name);
        }

        Num num(String name) {
            return Num.variable(name, part.value(name));
        }

        String shown(String name, double value) {
            return part.family().parameter(name).orElseThrow().shown(value, part.unit());
        }
    }

    /**
     * A spur gear's involute outline: circles from the module and the tooth count, and for each tooth its two
     * involute flanks from the base (or root) circle to the tip, the tip arc and the root arc to the next tooth.
     */
    private record Gear(double teeth, double module, double addendum, double pressureAngle) {

        private static final int FLANK_POINTS = 8;
        /** Steps of the tip arc: even, so that a point lies on the tooth's centre line, at the outside diameter. */
        private static final int TIP_STEPS = 4;
        private static final int ROOT_STEPS = 3;

        Gear(Values v) {
            this(v.get("teeth"), v.get("gear_module"), v.get("addendum"), Math.toRadians(v.get("pressure_angle")));
        }

        double pitch() {
            return module * teeth / 2;
        }

        double outside() {
            return 2 * (pitch() + addendum * module);
        }

        double root() {
            return pitch() - 1.25 * module;
        }

        double base() {
            return pitch() * Math.cos(pressureAngle);
        }

        /** Half the angle a tooth spans at this radius (at least the base circle's). */
        double halfAngle(double radius) {
            double at = Math.acos(base() / Math.max(radius, base()));
            return Math.PI / (2 * teeth) + involute(pressureAngle) - involute(at);
        }

        double tipHalfAngle() {
            return halfAngle(outside() / 2);
        }

        List<Point2> outline() {
            double tip = outside() / 2;
            double start = Math.max(root(), base());
            double step = 2 * Math.PI / teeth;
            List<Point2> points = new ArrayList<>();
            for (int tooth = 0; tooth < teeth; tooth++) {
                double centre = tooth * step;
                if (root() < base()) {
                    add(points, root(), centre - halfAngle(base()));
                }
                for (int i = 0; i <= FLANK_POINTS; i++) {
                    double radius = start + (tip - start) * i / FLANK_POINTS;
                    add(points, radius, centre - halfAngle(radius));
                }
                for (int i = 1; i < TIP_STEPS; i++) {
                    add(points, tip, centre - tipHalfAngle() + 2 * tipHalfAngle() * i / TIP_STEPS);
                }
                for (int i = FLANK_POINTS; i >= 0; i--) {
                    double radius = start + (tip - start) * i / FLANK_POINTS;
                    add(points, radius, centre + halfAngle(radius));
                }
                if (root() < base()) {
                    add(points, root(), centre + halfAngle(base()));
                }
                double from = centre + halfAngle(start);
                double to = centre + step - halfAngle(start);
                for (int i = 1; i < ROOT_STEPS; i++) {
                    add(points, root(), from + (to - from) * i / ROOT_STEPS);
                }
            }
            return points;
        }

        private static double involute(double angle) {
            return Math.tan(angle) - angle;
        }

        private static void add(List<Point2> points, double radius, double angle) {
            points.add(Point2.of(radius * Math.cos(angle), radius * Math.sin(angle)));
        }
    }
}
