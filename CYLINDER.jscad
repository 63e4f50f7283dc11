// Cylinder, made by Slicewise from a parametric model (JSCAD, CSG.js style).
// Sizes in the code are millimetres; main() returns the solid.

// Parameters (lengths in millimetres)
var diameter = 30; // diameter, mm
var height = 40;   // height, mm

// The cylinder, standing on its base
function body() {
  return CSG.cylinder({start: [0, 0, 0], end: [0, 0, height], radius: diameter / 2, resolution: 64});
}

function main() {
  return body();
}
