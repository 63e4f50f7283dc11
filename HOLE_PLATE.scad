// Plate with holes, made by Slicewise from a parametric model (OpenSCAD).
// Sizes in the code are millimetres.

// Parameters (lengths in millimetres)
width = 80;          // width (X), mm
depth = 60;          // depth (Y), mm
thickness = 3;       // thickness (Z), mm
hole_diameter = 3.4; // hole diameter (3.4 mm fits an M3 screw), mm
columns = 4;         // holes along X
rows = 3;            // holes along Y
margin = 8;          // distance from the edge to the centre of the outer holes, mm

// The plate
module plate() {
    cube([width, depth, thickness]);
}

// The grid of holes, columns along X and rows along Y
module holes() {
    for (i = [0 : columns - 1], j = [0 : rows - 1])
        translate([margin + i * (width - 2 * margin) / (columns - 1), margin + j * (depth - 2 * margin) / (rows - 1), -1]) cylinder(h = thickness + 2, r = hole_diameter / 2, $fn = 64);
}

// The part
difference() {
    plate();
    holes();
}
