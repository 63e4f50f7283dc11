// Hex spacer, made by Slicewise from a parametric model (OpenSCAD).
// Sizes in the code are millimetres.

// Parameters (lengths in millimetres)
across_flats = 10; // width across the flats, mm
height = 20;       // length along the axis, mm
bore = 5.3;        // diameter of the hole through it, mm

// The hexagonal body, two corners on the X axis
module hex_body() {
    linear_extrude(height = height) polygon([[across_flats / sqrt(3), 0], [across_flats / sqrt(3) / 2, across_flats / 2], [-(across_flats / sqrt(3) / 2), across_flats / 2], [-(across_flats / sqrt(3)), 0], [-(across_flats / sqrt(3) / 2), -(across_flats / 2)], [across_flats / sqrt(3) / 2, -(across_flats / 2)]]);
}

// The hole through it
module bore_hole() {
    translate([0, 0, -1]) cylinder(h = height + 2, r = bore / 2, $fn = 64);
}

// The part
difference() {
    hex_body();
    bore_hole();
}
