// Cable clip, made by Slicewise from a parametric model (JSCAD, CSG.js style).
// Sizes in the code are millimetres; main() returns the solid.

// Parameters (lengths in millimetres)
var cable_diameter = 6;  // diameter of the cable it holds, mm
var wall = 1.6;          // wall thickness of the ring and the tab, mm
var width = 8;           // width along the cable (Y), mm
var tab_length = 10;     // length of the screw tab, mm
var hole_diameter = 3.4; // diameter of the screw hole in the tab, mm

// The ring around the cable, its axis along Y
function ring() {
  return CSG.cylinder({start: [0, 0, cable_diameter / 2 + wall], end: [0, width, cable_diameter / 2 + wall], radius: cable_diameter / 2 + wall, resolution: 64});
}

// The room for the cable
function cable() {
  return CSG.cylinder({start: [0, -1, cable_diameter / 2 + wall], end: [0, -1 + width + 2, cable_diameter / 2 + wall], radius: cable_diameter / 2, resolution: 64});
}

// The opening at the top the cable is pressed through
function opening() {
  return CSG.cube({corner1: [-(0.7 * cable_diameter / 2), -1, cable_diameter / 2 + wall], corner2: [-(0.7 * cable_diameter / 2) + 0.7 * cable_diameter, -1 + width + 2, cable_diameter / 2 + wall + cable_diameter / 2 + wall + 1]});
}

// The flat tab that is screwed down
function tab() {
  return CSG.cube({corner1: [0, 0, 0], corner2: [cable_diameter / 2 + wall + tab_length, width, wall]});
}

// The screw hole in the tab
function screw_hole() {
  return CSG.cylinder({start: [cable_diameter / 2 + wall + tab_length / 2, width / 2, -1], end: [cable_diameter / 2 + wall + tab_length / 2, width / 2, -1 + wall + 2], radius: hole_diameter / 2, resolution: 64});
}

function main() {
  return ring()
    .subtract([
      cable(),
      opening()
    ])
    .union([
      tab()
    ])
    .subtract([
      screw_hole()
    ]);
}
