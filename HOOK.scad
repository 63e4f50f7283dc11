// Wall hook, made by Slicewise from a parametric model (OpenSCAD).
// Sizes in the code are millimetres.

// Parameters (lengths in millimetres)
height = 60;       // height of the back plate (Z), mm
depth = 30;        // reach of the arm from the wall (X), mm
width = 15;        // width (Y), mm
thickness = 4;     // thickness of plate, arm and lip, mm
lip_height = 15;   // height of the lip at the end of the arm, mm
hole_diameter = 4; // diameter of the screw hole in the back plate, mm

// The plate screwed to the wall
module back_plate() {
    cube([thickness, width, height]);
}

// The arm reaching out from the wall
module arm() {
    cube([depth, width, thickness]);
}

// The lip at the end of the arm that keeps things on
module lip() {
    translate([depth - thickness, 0, 0]) cube([thickness, width, lip_height]);
}

// The screw hole near the top of the back plate
module screw_hole() {
    translate([-1, width / 2, height - 2 * hole_diameter]) rotate([0, 90, 0]) cylinder(h = thickness + 2, r = hole_diameter / 2, $fn = 64);
}

// The part
difference() {
    union() {
        back_plate();
        arm();
        lip();
    }
    screw_hole();
}
