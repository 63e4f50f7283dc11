package dev.slicewise.domain.cad;

import static dev.slicewise.domain.cad.ParameterSpec.angle;
import static dev.slicewise.domain.cad.ParameterSpec.count;
import static dev.slicewise.domain.cad.ParameterSpec.hole;
import static dev.slicewise.domain.cad.ParameterSpec.length;
import static dev.slicewise.domain.cad.ParameterSpec.ratio;
import static dev.slicewise.domain.cad.ParameterSpec.wall;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts makers print every day, each with its named parameters (defaults that print well on a 0.4 mm nozzle,
 * limits a printer allows) and the parameters that an overall size names in a follow-up.
 */
public enum PartFamily {
    BOX("box", List.of(
            length("width", 60, "outside width (X)"),
            length("depth", 40, "outside depth (Y)"),
            length("height", 30, "outside height (Z)"),
            wall("wall", 2, "side wall thickness"),
            wall("floor_thickness", 2, "floor thickness"),
            new ParameterSpec("lid", ParameterKind.COUNT, 0, 0, 1, true, "1: a lid printed beside the box"),
            hole("centre_hole", 0, "diameter of a hole through the middle of the floor")),
            Map.of(Dimension.HEIGHT, "height", Dimension.WIDTH, "width", Dimension.DEPTH, "depth")),
    CYLINDER("cylinder", List.of(
            length("diameter", 30, "diameter"),
            length("height", 40, "height"),
            hole("centre_hole", 0, "diameter of a hole along the axis")),
            Map.of(Dimension.HEIGHT, "height", Dimension.DIAMETER, "diameter", Dimension.WIDTH, "diameter")),
    TUBE("tube", List.of(
            length("outer_diameter", 20, "outside diameter"),
            length("inner_diameter", 12, "inside diameter (the bore)"),
            length("height", 15, "length along the axis")),
            Map.of(Dimension.HEIGHT, "height", Dimension.DIAMETER, "outer_diameter", Dimension.WIDTH, "outer_diameter")),
    WASHER("washer", List.of(
            length("outer_diameter", 16, "outside diameter"),
            length("inner_diameter", 8.4, "hole diameter (8.4 mm fits an M8 bolt)"),
            wall("thickness", 1.6, "thickness")),
            Map.of(Dimension.HEIGHT, "thickness", Dimension.DIAMETER, "outer_diameter", Dimension.WIDTH, "outer_diameter")),
    SPUR_GEAR("spur gear", List.of(
            count("teeth", 20, 6, 200, "number of teeth"),
            new ParameterSpec("gear_module", ParameterKind.LENGTH, 2, 0.3, 20, false,
                    "module: pitch diameter divided by the number of teeth"),
            length("thickness", 8, "face width (Z)"),
            hole("bore", 5, "diameter of the shaft hole"),
            ratio("addendum", 1, 0.5, 1.6, "tooth height above the pitch circle, in modules"),
            angle("pressure_angle", 20, 14.5, 25, "pressure angle of the involute teeth")),
            Map.of(Dimension.HEIGHT, "thickness")),
    HOLE_PLATE("plate with holes", List.of(
            length("width", 80, "width (X)"),
            length("depth", 60, "depth (Y)"),
            wall("thickness", 3, "thickness (Z)"),
            length("hole_diameter", 3.4, "hole diameter (3.4 mm fits an M3 screw)"),
            count("columns", 4, 1, 50, "holes along X"),
            count("rows", 3, 1, 50, "holes along Y"),
            length("margin", 8, "distance from the edge to the centre of the outer holes"),
            hole("centre_hole", 0, "diameter of an extra hole in the middle")),
            Map.of(Dimension.HEIGHT, "thickness", Dimension.WIDTH, "width", Dimension.DEPTH, "depth")),
    L_BRACKET("L-bracket", List.of(
            length("length", 40, "length of the base leg (X)"),
            length("height", 40, "height of the upright leg (Z)"),
            length("width", 20, "width of both legs (Y)"),
            wall("thickness", 4, "thickness of both legs"),
            hole("hole_diameter", 4.5, "diameter of the screw hole in each leg (4.5 mm fits M4)")),
            Map.of(Dimension.HEIGHT, "height", Dimension.WIDTH, "width", Dimension.DEPTH, "length")),
    HOOK("wall hook", List.of(
            length("height", 60, "height of the back plate (Z)"),
            length("depth", 30, "reach of the arm from the wall (X)"),
            length("width", 15, "width (Y)"),
            wall("thickness", 4, "thickness of plate, arm and lip"),
            length("lip_height", 15, "height of the lip at the end of the arm"),
            hole("hole_diameter", 4, "diameter of the screw hole in the back plate")),
            Map.of(Dimension.HEIGHT, "height", Dimension.WIDTH, "width", Dimension.DEPTH, "depth")),
    KNOB("knob", List.of(
            length("diameter", 30, "outside diameter"),
            length("height", 15, "height"),
            length("shaft_diameter", 6, "diameter of the shaft hole"),
            length("shaft_depth", 10, "depth of the shaft hole from below"),
            hole("shaft_flat", 0.6, "depth of the D flat in the shaft hole"),
            count("grips", 12, 0, 48, "grip flutes around the rim, a multiple of 4")),
            Map.of(Dimension.HEIGHT, "height", Dimension.DIAMETER, "diameter", Dimension.WIDTH, "diameter")),
    CABLE_CLIP("cable clip", List.of(
            length("cable_diameter", 6, "diameter of the cable it holds"),
            wall("wall", 1.6, "wall thickness of the ring and the tab"),
            length("width", 8, "width along the cable (Y)"),
            length("tab_length", 10, "length of the screw tab"),
            hole("hole_diameter", 3.4, "diameter of the screw hole in the tab")),
            Map.of(Dimension.WIDTH, "width", Dimension.DIAMETER, "cable_diameter")),
    PHONE_STAND("phone stand", List.of(
            length("depth", 80, "depth of the base (X)"),
            length("width", 70, "width (Y)"),
            length("height", 90, "height of the back rest (Z)"),
            wall("thickness", 5, "thickness of base, lip and back rest"),
            angle("angle", 65, 45, 85, "angle of the back rest from the table"),
            length("lip_height", 12, "height of the front lip"),
            length("slot", 12, "room for the phone between lip and back rest")),
            Map.of(Dimension.HEIGHT, "height", Dimension.WIDTH, "width", Dimension.DEPTH, "depth")),
    HEX_SPACER("hex spacer", List.of(
            length("across_flats", 10, "width across the flats"),
            length("height", 20, "length along the axis"),
            hole("bore", 5.3, "diameter of the hole through it")),
            Map.of(Dimension.HEIGHT, "height", Dimension.WIDTH, "across_flats", Dimension.DIAMETER, "across_flats"));

    private final String title;
    private final List<ParameterSpec> parameters;
    private final Map<Dimension, String> dimensions;

    PartFamily(String title, List<ParameterSpec> parameters, Map<Dimension, String> dimensions) {
        this.title = title;
        this.parameters = parameters;
        this.dimensions = dimensions;
    }

    /** The family's name in English, for comments and messages. */
    public String title() {
        return title;
    }

    public List<ParameterSpec> parameters() {
        return parameters;
    }

    public Optional<ParameterSpec> parameter(String name) {
        return parameters.stream().filter(spec -> spec.name().equals(name)).findFirst();
    }

    /** The parameter an overall size names for this family ("taller" is a gear's thickness). */
    public Optional<String> parameterOf(Dimension dimension) {
        return Optional.ofNullable(dimensions.get(dimension));
    }

    /** The parameter a hole in the middle sets: the bore where the family has one, else its optional centre hole. */
    public Optional<String> centreHoleParameter() {
        for (String name : List.of("bore", "inner_diameter", "shaft_diameter", "centre_hole")) {
            if (parameter(name).isPresent()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
