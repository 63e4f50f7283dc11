// Cable clip, made by Slicewise from a parametric model (OpenSCAD).
// Sizes in the code are millimetres.

// Parameters (lengths in millimetres)
cable_diameter = 6;  // diameter of the cable it holds, mm
wall = 1.6;          // wall thickness of the ring and the tab, mm
width = 8;           // width along the cable (Y), mm
tab_length = 10;     // length of the screw tab, mm
hole_diameter = 3.4; // diameter of the screw hole in the tab, mm

// The ring around the cable, its axis along Y
module ring() {
    translate([0, 0, cable_diameter / 2 + wall]) rotate([-90, 0, 0]) cylinder(h = width, r = cable_diameter / 2 + wall, $fn = 64);
}

// The room for the cable
module cable() {
    translate([0, -1, cable_diameter / 2 + wall]) rotate([-90, 0, 0]) cylinder(h = width + 2, r = cable_diameter / 2, $fn = 64);
}

// The opening at the top the cable is pressed through
module opening() {
    translate([-(0.7 * cable_diameter / 2), -1, cable_diameter / 2 + wall]) cube([0.7 * cable_diameter, width + 2, cable_diameter / 2 + wall + 1]);
}

// The flat tab that is screwed down
module tab() {
    cube([cable_diameter / 2 + wall + tab_length, width, wall]);
}

// The screw hole in the tab
module screw_hole() {
    translate([cable_diameter / 2 + wall + tab_length / 2, width / 2, -1]) cylinder(h = wall + 2, r = hole_diameter / 2, $fn = 64);
}

// The part
difference() {
    union() {
        difference() {
            ring();
            cable();
            opening();
        }
        tab();
    }
    screw_hole();
}
