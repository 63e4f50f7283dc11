// Phone stand, made by Slicewise from a parametric model (OpenSCAD).
// Sizes in the code are millimetres.

// Parameters (lengths in millimetres)
depth = 80;      // depth of the base (X), mm
width = 70;      // width (Y), mm
height = 90;     // height of the back rest (Z), mm
thickness = 5;   // thickness of base, lip and back rest, mm
angle = 65;      // angle of the back rest from the table, degrees
lip_height = 12; // height of the front lip, mm
slot = 12;       // room for the phone between lip and back rest, mm

// The base on the table
module base() {
    cube([depth, width, thickness]);
}

// The lip at the front the phone stands against
module front_lip() {
    cube([thickness, width, lip_height]);
}

// The back rest, leaning back by the angle from the table
module back_rest() {
    translate([0, width, 0]) rotate([90, 0, 0]) linear_extrude(height = width) polygon([[thickness + slot, 0], [thickness + slot + thickness / sin(angle), 0], [thickness + slot + thickness / sin(angle) + height / tan(angle), height], [thickness + slot + height / tan(angle), height]]);
}

// The part
union() {
    base();
    front_lip();
    back_rest();
}
