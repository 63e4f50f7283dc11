// Cylinder, made by Slicewise from a parametric model (OpenSCAD).
// Sizes in the code are millimetres.

// Parameters (lengths in millimetres)
diameter = 30; // diameter, mm
height = 40;   // height, mm

// The cylinder, standing on its base
module body() {
    cylinder(h = height, r = diameter / 2, $fn = 64);
}

// The part
body();
