// L-bracket, made by Slicewise from a parametric model (JSCAD, CSG.js style).
// Sizes in the code are millimetres; main() returns the solid.

// Parameters (lengths in millimetres)
var length = 40;         // length of the base leg (X), mm
var height = 40;         // height of the upright leg (Z), mm
var width = 20;          // width of both legs (Y), mm
var thickness = 4;       // thickness of both legs, mm
var hole_diameter = 4.5; // diameter of the screw hole in each leg (4.5 mm fits M4), mm

// The leg that lies on the table
function base_leg() {
  return CSG.cube({corner1: [0, 0, 0], corner2: [length, width, thickness]});
}

// The leg that stands up
function upright_leg() {
  return CSG.cube({corner1: [0, 0, 0], corner2: [thickness, width, height]});
}

// One screw hole in the middle of each leg
function screw_holes() {
  return CSG.cylinder({start: [thickness + (length - thickness) / 2, width / 2, -1], end: [thickness + (length - thickness) / 2, width / 2, -1 + thickness + 2], radius: hole_diameter / 2, resolution: 64})
    .union([
      CSG.cylinder({start: [-1, width / 2, thickness + (height - thickness) / 2], end: [-1 + thickness + 2, width / 2, thickness + (height - thickness) / 2], radius: hole_diameter / 2, resolution: 64})
    ]);
}

function main() {
  return base_leg()
    .union([
      upright_leg()
    ])
    .subtract([
      screw_holes()
    ]);
}
