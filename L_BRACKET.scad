// L-bracket, made by Slicewise from a parametric model (OpenSCAD).
// Sizes in the code are millimetres.

// Parameters (lengths in millimetres)
length = 40;         // length of the base leg (X), mm
height = 40;         // height of the upright leg (Z), mm
width = 20;          // width of both legs (Y), mm
thickness = 4;       // thickness of both legs, mm
hole_diameter = 4.5; // diameter of the screw hole in each leg (4.5 mm fits M4), mm

// The leg that lies on the table
module base_leg() {
    cube([length, width, thickness]);
}

// The leg that stands up
module upright_leg() {
    cube([thickness, width, height]);
}

// One screw hole in the middle of each leg
module screw_holes() {
    union() {
        translate([thickness + (length - thickness) / 2, width / 2, -1]) cylinder(h = thickness + 2, r = hole_diameter / 2, $fn = 64);
        translate([-1, width / 2, thickness + (height - thickness) / 2]) rotate([0, 90, 0]) cylinder(h = thickness + 2, r = hole_diameter / 2, $fn = 64);
    }
}

// The part
difference() {
    union() {
        base_leg();
        upright_leg();
    }
    screw_holes();
}
