// Wall hook, made by Slicewise from a parametric model (JSCAD, CSG.js style).
// Sizes in the code are millimetres; main() returns the solid.

// Parameters (lengths in millimetres)
var height = 60;       // height of the back plate (Z), mm
var depth = 30;        // reach of the arm from the wall (X), mm
var width = 15;        // width (Y), mm
var thickness = 4;     // thickness of plate, arm and lip, mm
var lip_height = 15;   // height of the lip at the end of the arm, mm
var hole_diameter = 4; // diameter of the screw hole in the back plate, mm

// The plate screwed to the wall
function back_plate() {
  return CSG.cube({corner1: [0, 0, 0], corner2: [thickness, width, height]});
}

// The arm reaching out from the wall
function arm() {
  return CSG.cube({corner1: [0, 0, 0], corner2: [depth, width, thickness]});
}

// The lip at the end of the arm that keeps things on
function lip() {
  return CSG.cube({corner1: [depth - thickness, 0, 0], corner2: [depth - thickness + thickness, width, lip_height]});
}

// The screw hole near the top of the back plate
function screw_hole() {
  return CSG.cylinder({start: [-1, width / 2, height - 2 * hole_diameter], end: [-1 + thickness + 2, width / 2, height - 2 * hole_diameter], radius: hole_diameter / 2, resolution: 64});
}

function main() {
  return back_plate()
    .union([
      arm(),
      lip()
    ])
    .subtract([
      screw_hole()
    ]);
}
