// Runs JSCAD code in the CSG.js style (the API of @jscad/csg 0.7.0) the way the peer's viewer does: CSG and CAG are
// in scope, the code defines main(), and main() returns the solid. Prints the solid's polygons on stdout, one a line,
// each as its corners' coordinates: "x1 y1 z1 x2 y2 z2 ...". Any error goes to stderr with exit code 1.
// Usage: node --disallow-code-generation-from-strings run.js < code.jscad
//
// The code may be a model's, so it runs in a vm context of its own whose only names are CSG and CAG (and the
// language's built-ins such as Math): no require, no process, no import(), no timers, and no way to make code from
// strings in either context (eval, Function, and reaching the runner's Function through CSG.constructor, with the
// flag above), so it cannot reach the file system, child processes or the network through Node. The service also
// runs it with Node's permission model, a time and a memory bound (ADR 0018).
'use strict'
const vm = require('vm')
const { CSG, CAG } = require('@jscad/csg')

// Without the flag, code could reach this context's Function through any object of the library and make code there.
try {
  Function('')
  process.stderr.write('Error: run.js needs node --disallow-code-generation-from-strings\n')
  process.exit(2)
} catch (disallowed) {
}

// The library tells arrays by `instanceof Array`, which is false for an array made in the code's context (another
// realm): any array is one to it.
Object.defineProperty(Array, Symbol.hasInstance, { value: (value) => Array.isArray(value) })

// The error as the code's author needs it: the message, the place in the code (part.jscad) and the code's frames,
// without the runner's or the library's paths.
function report (error) {
  if (error === null || typeof error !== 'object' || typeof error.stack !== 'string') {
    return 'Error: ' + String(error)
  }
  const stack = error.stack.split('\n')
  const frame = /^\s+at /
  const first = stack.findIndex((line) => frame.test(line))
  const head = first < 0 ? stack : stack.slice(0, first)
  const lines = head[0].startsWith('part.jscad') ? head : [String(error.name) + ': ' + String(error.message)]
  return lines.concat(stack.filter((line) => frame.test(line) && line.includes('part.jscad'))).join('\n')
}

let code = ''
process.stdin.setEncoding('utf8')
process.stdin.on('data', (chunk) => { code += chunk })
process.stdin.on('end', () => {
  try {
    const context = vm.createContext({ CSG, CAG }, { codeGeneration: { strings: false, wasm: false } })
    new vm.Script(code + '\n;this.main = typeof main === "function" ? main : undefined', { filename: 'part.jscad' })
      .runInContext(context)
    if (typeof context.main !== 'function') {
      throw new Error('the code defines no main() function')
    }
    const solid = vm.runInContext('main()', context)
    if (!solid || !Array.isArray(solid.polygons) || !(solid instanceof CSG)) {
      throw new Error('main() did not return one CSG solid')
    }
    if (solid.polygons.length === 0) {
      throw new Error('main() returned an empty solid')
    }
    const lines = solid.polygons.map((polygon) =>
      polygon.vertices.map((v) => v.pos.x + ' ' + v.pos.y + ' ' + v.pos.z).join(' '))
    process.stdout.write(lines.join('\n') + '\n')
  } catch (error) {
    process.stderr.write(report(error) + '\n')
    process.exit(1)
  }
})
