// Washer, made by Slicewise from a parametric model (OpenSCAD).
// Sizes in the code are millimetres.

// Parameters (lengths in millimetres)
outer_diameter = 16;  // outside diameter, mm
inner_diameter = 8.4; // hole diameter (8.4 mm fits an M8 bolt), mm
thickness = 1.6;      // thickness, mm

// The outside
module body() {
    cylinder(h = thickness, r = outer_diameter / 2, $fn = 64);
}

// The hole through it
module bore_hole() {
    translate([0, 0, -1]) cylinder(h = thickness + 2, r = inner_diameter / 2, $fn = 64);
}

// The part
difference() {
    body();
    bore_hole();
}
