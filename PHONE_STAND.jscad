// Phone stand, made by Slicewise from a parametric model (JSCAD, CSG.js style).
// Sizes in the code are millimetres; main() returns the solid.

// Parameters (lengths in millimetres)
var depth = 80;      // depth of the base (X), mm
var width = 70;      // width (Y), mm
var height = 90;     // height of the back rest (Z), mm
var thickness = 5;   // thickness of base, lip and back rest, mm
var angle = 65;      // angle of the back rest from the table, degrees
var lip_height = 12; // height of the front lip, mm
var slot = 12;       // room for the phone between lip and back rest, mm

// The base on the table
function base() {
  return CSG.cube({corner1: [0, 0, 0], corner2: [depth, width, thickness]});
}

// The lip at the front the phone stands against
function front_lip() {
  return CSG.cube({corner1: [0, 0, 0], corner2: [thickness, width, lip_height]});
}

// The back rest, leaning back by the angle from the table
function back_rest() {
  return CAG.fromPoints([[thickness + slot, 0], [thickness + slot + thickness / Math.sin(angle * Math.PI / 180), 0], [thickness + slot + thickness / Math.sin(angle * Math.PI / 180) + height / Math.tan(angle * Math.PI / 180), height], [thickness + slot + height / Math.tan(angle * Math.PI / 180), height]]).extrude({offset: [0, 0, width]}).rotateX(90).translate([0, width, 0]);
}

function main() {
  return base()
    .union([
      front_lip(),
      back_rest()
    ]);
}
