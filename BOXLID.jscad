// Box, made by Slicewise from a parametric model (JSCAD, CSG.js style).
// Sizes in the code are millimetres; main() returns the solid.

// Parameters (lengths in inches)
var width_in = 2.3622;           // outside width (X), in
var depth_in = 1.5748;           // outside depth (Y), in
var height_in = 1.1811;          // outside height (Z), in
var wall_in = 0.0787;            // side wall thickness, in
var floor_thickness_in = 0.0787; // floor thickness, in
var lid = 1;                     // 1: a lid printed beside the box
var centre_hole_in = 0.1969;     // diameter of a hole through the middle of the floor, in

// The same lengths in millimetres, which the geometry below uses
var INCH = 25.4;
var width = width_in * INCH;
var depth = depth_in * INCH;
var height = height_in * INCH;
var wall = wall_in * INCH;
var floor_thickness = floor_thickness_in * INCH;
var centre_hole = centre_hole_in * INCH;

// The outside of the box
function shell() {
  return CSG.cube({corner1: [0, 0, 0], corner2: [width, depth, height]});
}

// The inside, open at the top
function cavity() {
  return CSG.cube({corner1: [wall, wall, floor_thickness], corner2: [wall + width - 2 * wall, wall + depth - 2 * wall, floor_thickness + height]});
}

// A hole through the middle of the floor
function hole_in_middle() {
  return CSG.cylinder({start: [width / 2, depth / 2, -1], end: [width / 2, depth / 2, -1 + floor_thickness + 2], radius: centre_hole / 2, resolution: 64});
}

// The lid, printed upside down beside the box, with a lip that fits inside the walls
function lid_with_lip() {
  return CSG.cube({corner1: [width + 5, 0, 0], corner2: [width + 5 + width, depth, wall]})
    .union([
      CSG.cube({corner1: [width + 5 + wall + 0.2, wall + 0.2, 0], corner2: [width + 5 + wall + 0.2 + width - 2 * wall - 0.4, wall + 0.2 + depth - 2 * wall - 0.4, wall + 4]})
      .subtract([
        CSG.cube({corner1: [width + 5 + wall + 0.2 + wall, wall + 0.2 + wall, wall], corner2: [width + 5 + wall + 0.2 + wall + width - 2 * wall - 0.4 - 2 * wall, wall + 0.2 + wall + depth - 2 * wall - 0.4 - 2 * wall, wall + 5]})
      ])
    ]);
}

function main() {
  return shell()
    .subtract([
      cavity(),
      hole_in_middle()
    ])
    .union([
      lid_with_lip()
    ]);
}
