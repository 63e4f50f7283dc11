// Tube, made by Slicewise from a parametric model (JSCAD, CSG.js style).
// Sizes in the code are millimetres; main() returns the solid.

// Parameters (lengths in millimetres)
var outer_diameter = 20; // outside diameter, mm
var inner_diameter = 12; // inside diameter (the bore), mm
var height = 15;         // length along the axis, mm

// The outside
function body() {
  return CSG.cylinder({start: [0, 0, 0], end: [0, 0, height], radius: outer_diameter / 2, resolution: 64});
}

// The hole through it
function bore_hole() {
  return CSG.cylinder({start: [0, 0, -1], end: [0, 0, -1 + height + 2], radius: inner_diameter / 2, resolution: 64});
}

function main() {
  return body()
    .subtract([
      bore_hole()
    ]);
}
