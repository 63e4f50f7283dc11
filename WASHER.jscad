// Washer, made by Slicewise from a parametric model (JSCAD, CSG.js style).
// Sizes in the code are millimetres; main() returns the solid.

// Parameters (lengths in millimetres)
var outer_diameter = 16;  // outside diameter, mm
var inner_diameter = 8.4; // hole diameter (8.4 mm fits an M8 bolt), mm
var thickness = 1.6;      // thickness, mm

// The outside
function body() {
  return CSG.cylinder({start: [0, 0, 0], end: [0, 0, thickness], radius: outer_diameter / 2, resolution: 64});
}

// The hole through it
function bore_hole() {
  return CSG.cylinder({start: [0, 0, -1], end: [0, 0, -1 + thickness + 2], radius: inner_diameter / 2, resolution: 64});
}

function main() {
  return body()
    .subtract([
      bore_hole()
    ]);
}
