// Box, made by Slicewise from a parametric model (JSCAD, CSG.js style).
// Sizes in the code are millimetres; main() returns the solid.

// Parameters (lengths in millimetres)
var width = 60;          // outside width (X), mm
var depth = 40;          // outside depth (Y), mm
var height = 30;         // outside height (Z), mm
var wall = 2;            // side wall thickness, mm
var floor_thickness = 2; // floor thickness, mm

// The outside of the box
function shell() {
  return CSG.cube({corner1: [0, 0, 0], corner2: [width, depth, height]});
}

// The inside, open at the top
function cavity() {
  return CSG.cube({corner1: [wall, wall, floor_thickness], corner2: [wall + width - 2 * wall, wall + depth - 2 * wall, floor_thickness + height]});
}

function main() {
  return shell()
    .subtract([
      cavity()
    ]);
}
