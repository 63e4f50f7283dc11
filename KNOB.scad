// Knob, made by Slicewise from a parametric model (OpenSCAD).
// Sizes in the code are millimetres.

// Parameters (lengths in millimetres)
diameter = 30;      // outside diameter, mm
height = 15;        // height, mm
shaft_diameter = 6; // diameter of the shaft hole, mm
shaft_depth = 10;   // depth of the shaft hole from below, mm
shaft_flat = 0.6;   // depth of the D flat in the shaft hole, mm
grips = 12;         // grip flutes around the rim, a multiple of 4

// The knob
module body() {
    cylinder(h = height, r = diameter / 2, $fn = 64);
}

// The flutes around the rim that the fingers grip
module grip_flutes() {
    for (i = [0 : grips - 1])
        rotate([0, 0, (i + 0.5) * 360 / grips]) translate([diameter / 2 + 0.4 * 1.5708 * diameter / 2 / grips, 0, -1]) cylinder(h = height + 2, r = 1.5708 * diameter / 2 / grips, $fn = 64);
}

// The hole for the shaft, from below
module shaft_hole() {
    translate([0, 0, -1]) cylinder(h = shaft_depth + 1, r = shaft_diameter / 2, $fn = 64);
}

// The flat of the D-shaped shaft hole
module flat_of_shaft() {
    translate([shaft_diameter / 2 - shaft_flat, -(shaft_diameter / 2) - 1, 0]) cube([shaft_flat + 1, shaft_diameter + 2, shaft_depth]);
}

// The part
union() {
    difference() {
        body();
        shaft_hole();
        grip_flutes();
    }
    flat_of_shaft();
}
