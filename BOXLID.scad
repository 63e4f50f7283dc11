// Box, made by Slicewise from a parametric model (OpenSCAD).
// Sizes in the code are millimetres.

// Parameters (lengths in inches)
width_in = 2.3622;           // outside width (X), in
depth_in = 1.5748;           // outside depth (Y), in
height_in = 1.1811;          // outside height (Z), in
wall_in = 0.0787;            // side wall thickness, in
floor_thickness_in = 0.0787; // floor thickness, in
lid = 1;                     // 1: a lid printed beside the box
centre_hole_in = 0.1969;     // diameter of a hole through the middle of the floor, in

// The same lengths in millimetres, which the geometry below uses
INCH = 25.4;
width = width_in * INCH;
depth = depth_in * INCH;
height = height_in * INCH;
wall = wall_in * INCH;
floor_thickness = floor_thickness_in * INCH;
centre_hole = centre_hole_in * INCH;

// The outside of the box
module shell() {
    cube([width, depth, height]);
}

// The inside, open at the top
module cavity() {
    translate([wall, wall, floor_thickness]) cube([width - 2 * wall, depth - 2 * wall, height]);
}

// A hole through the middle of the floor
module hole_in_middle() {
    translate([width / 2, depth / 2, -1]) cylinder(h = floor_thickness + 2, r = centre_hole / 2, $fn = 64);
}

// The lid, printed upside down beside the box, with a lip that fits inside the walls
module lid_with_lip() {
    union() {
        translate([width + 5, 0, 0]) cube([width, depth, wall]);
        difference() {
            translate([width + 5 + wall + 0.2, wall + 0.2, 0]) cube([width - 2 * wall - 0.4, depth - 2 * wall - 0.4, wall + 4]);
            translate([width + 5 + wall + 0.2 + wall, wall + 0.2 + wall, wall]) cube([width - 2 * wall - 0.4 - 2 * wall, depth - 2 * wall - 0.4 - 2 * wall, 5]);
        }
    }
}

// The part
union() {
    difference() {
        shell();
        cavity();
        hole_in_middle();
    }
    lid_with_lip();
}
