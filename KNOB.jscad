// Knob, made by Slicewise from a parametric model (JSCAD, CSG.js style).
// Sizes in the code are millimetres; main() returns the solid.

// Parameters (lengths in millimetres)
var diameter = 30;      // outside diameter, mm
var height = 15;        // height, mm
var shaft_diameter = 6; // diameter of the shaft hole, mm
var shaft_depth = 10;   // depth of the shaft hole from below, mm
var shaft_flat = 0.6;   // depth of the D flat in the shaft hole, mm
var grips = 12;         // grip flutes around the rim, a multiple of 4

// The knob
function body() {
  return CSG.cylinder({start: [0, 0, 0], end: [0, 0, height], radius: diameter / 2, resolution: 64});
}

// The flutes around the rim that the fingers grip
function grip_flutes() {
  var cutters = [];
  for (var i = 0; i < grips; i++) {
    var angle = (i + 0.5) * 2 * Math.PI / grips;
    cutters.push(CSG.cylinder({start: [(diameter / 2 + 0.4 * 1.5708 * diameter / 2 / grips) * Math.cos(angle), (diameter / 2 + 0.4 * 1.5708 * diameter / 2 / grips) * Math.sin(angle), -1], end: [(diameter / 2 + 0.4 * 1.5708 * diameter / 2 / grips) * Math.cos(angle), (diameter / 2 + 0.4 * 1.5708 * diameter / 2 / grips) * Math.sin(angle), -1 + height + 2], radius: 1.5708 * diameter / 2 / grips, resolution: 64}));
  }
  return cutters[0].union(cutters.slice(1));
}

// The hole for the shaft, from below
function shaft_hole() {
  return CSG.cylinder({start: [0, 0, -1], end: [0, 0, -1 + shaft_depth + 1], radius: shaft_diameter / 2, resolution: 64});
}

// The flat of the D-shaped shaft hole
function flat_of_shaft() {
  return CSG.cube({corner1: [shaft_diameter / 2 - shaft_flat, -(shaft_diameter / 2) - 1, 0], corner2: [shaft_diameter / 2 - shaft_flat + shaft_flat + 1, -(shaft_diameter / 2) - 1 + shaft_diameter + 2, shaft_depth]});
}

function main() {
  return body()
    .subtract([
      shaft_hole(),
      grip_flutes()
    ])
    .union([
      flat_of_shaft()
    ]);
}
