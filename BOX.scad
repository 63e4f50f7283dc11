// Box, made by Slicewise from a parametric model (OpenSCAD).
// Sizes in the code are millimetres.

// Parameters (lengths in millimetres)
width = 60;          // outside width (X), mm
depth = 40;          // outside depth (Y), mm
height = 30;         // outside height (Z), mm
wall = 2;            // side wall thickness, mm
floor_thickness = 2; // floor thickness, mm

// The outside of the box
module shell() {
    cube([width, depth, height]);
}

// The inside, open at the top
module cavity() {
    translate([wall, wall, floor_thickness]) cube([width - 2 * wall, depth - 2 * wall, height]);
}

// The part
difference() {
    shell();
    cavity();
}
