// Tube, made by Slicewise from a parametric model (OpenSCAD).
// Sizes in the code are millimetres.

// Parameters (lengths in millimetres)
outer_diameter = 20; // outside diameter, mm
inner_diameter = 12; // inside diameter (the bore), mm
height = 15;         // length along the axis, mm

// The outside
module body() {
    cylinder(h = height, r = outer_diameter / 2, $fn = 64);
}

// The hole through it
module bore_hole() {
    translate([0, 0, -1]) cylinder(h = height + 2, r = inner_diameter / 2, $fn = 64);
}

// The part
difference() {
    body();
    bore_hole();
}
