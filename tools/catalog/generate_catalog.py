#!/usr/bin/env python3
"""Writes Slicewise's settings catalog from the shared OrcaSlicer option facts.

Usage: python3 tools/catalog/generate_catalog.py [--shared ../shared] [--check]

The OrcaSlicer facts are not part of the repository (see <shared>/data/orcaslicer/README.md), so neither this
script nor its --check is part of the build: a developer runs it after changing the facts, this script or the
catalog, and before committing the catalog.

Reads   <shared>/data/orcaslicer/options.json                 (OrcaSlicer's option definitions)
        <shared>/data/orcaslicer/reference-overridable-keys.json (keys the reference server lets its model change)
Writes  domain/src/main/resources/dev/slicewise/domain/catalog/settings.tsv
--check writes nothing; it exits 1, naming each problem, when the committed file differs from what it would
        write, or when the committed file disagrees with the facts it comes from (checked row by row, apart from
        the generation above: every reference key present with a type that fits, only reference keys changeable,
        OrcaSlicer's option type and a scope that fits it, OrcaSlicer's limits where it sets them, its enum values)

One row per key, tab-separated, sorted by key:

    key  scope  type  access  nullable  unit  min  max  values  label

scope     filament (one value per extruder, sent as an array), process (a scalar),
          printer (read-only machine keys the assistant may want to read, e.g. nozzle_diameter)
type      float, percent, float-or-percent, int, bool, enum, string (the type of one value)
access    rw: the guardrail lets a recommendation change it; ro: read-only (see READ_ONLY)
nullable  1 when a preset may hold "nil" (the filament_* overrides of printer options)
min, max  hard limits of a numeric value (see the limits policy below); empty for other types
values    the allowed values of an enum, separated by "|"
label     the English label: OrcaSlicer's, unless that is ambiguous (see label())

Which keys
- The union of the reference server's 86 filament and 255 process keys, except the two it
  lists that OrcaSlicer does not define (NOT_IN_ORCASLICER): a key OrcaSlicer does not know
  would fail in the client, so it fails here, earlier.
- The filament_* overrides of printer options (filament_retraction_length, filament_z_hop, ...)
  are not in options.json: OrcaSlicer generates them in a loop over its
  filament_extruder_override_keys from the printer option of the same name without the
  prefix, as nullable vectors. They take that option's type, unit, limits and enum values.
  chamber_temperatures is OrcaSlicer's legacy name of chamber_temperature (read-only: the
  Elegoo presets still use it; a recommendation uses chamber_temperature).
- PRINTER_KEYS: a few machine keys the assistant reads (nozzle diameter, retraction, z hop).

Limits policy
- A limit OrcaSlicer gives as a number is copied exactly. Its symbolic max_temp (1500 degC,
  there for glass printing) is capped at 500 degC, past what any FFF hotend reaches.
- filament_cooling_moves: the source says `def->max = 0; def->max = 20;` (a typo for min); the
  extractor kept the first, the effective limits are 0..20.
- Where OrcaSlicer sets no limit, KEY_LIMITS gives one for the key, else UNIT_LIMITS for its
  unit (speeds 0..1000 mm/s, accelerations 0..100000 mm/s2, temperatures 0..500 degC,
  percentages 0..100, angles 0..360, layers 0..1000, ...), else 0..1000 for a number without
  a unit. Only the missing side is filled in.
Material ranges (per filament type) are not here: they are in materials.tsv, written by hand.
"""
import argparse
import json
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "domain/src/main/resources/dev/slicewise/domain/catalog/settings.tsv"

TYPES = {
    "coFloat": "float", "coFloats": "float",
    "coPercent": "percent", "coPercents": "percent",
    "coFloatOrPercent": "float-or-percent", "coFloatsOrPercents": "float-or-percent",
    "coInt": "int", "coInts": "int",
    "coBool": "bool", "coBools": "bool",
    "coEnum": "enum", "coEnums": "enum",
    "coString": "string", "coStrings": "string",
}
VECTOR_TYPES = {"coFloats", "coPercents", "coFloatsOrPercents", "coInts", "coBools", "coEnums", "coStrings"}

# In the reference server's list, but not OrcaSlicer options (its filament_extruder_override_keys
# has filament_retract_lift_enforce, not these two).
NOT_IN_ORCASLICER = {"filament_retract_lift_above_enforce", "filament_retract_lift_below_enforce"}

LEGACY = {"chamber_temperatures": "chamber_temperature"}

PRINTER_KEYS = [
    "nozzle_diameter", "nozzle_type", "min_layer_height", "max_layer_height", "printable_height",
    "retraction_length", "retraction_speed", "deretraction_speed", "retraction_minimum_travel",
    "retract_before_wipe", "retract_when_changing_layer", "retract_restart_extra",
    "retract_lift_above", "retract_lift_below", "retract_lift_enforce",
    "wipe", "wipe_distance", "z_hop", "z_hop_types",
]

# Overridable in the reference server, read-only here: a recommendation never changes them.
READ_ONLY = {
    "post_process": "runs programs on the user's computer",
    "filament_start_gcode": "raw G-code sent to the printer",
    "filament_end_gcode": "raw G-code sent to the printer",
    "filament_type": "describes the spool; changing it would not change the material",
    "filament_vendor": "describes the spool",
    "filament_settings_id": "preset bookkeeping",
    "print_settings_id": "preset bookkeeping",
    "compatible_prints": "preset bookkeeping",
    "filename_format": "export file naming, not a print setting",
    "filament_ramming_parameters": "a multi-material ramming table",
    "wiping_volumes_extruders": "a multi-material purge table",
    "small_area_infill_flow_compensation_model": "a table of points",
    "chamber_temperatures": "legacy name of chamber_temperature",
}

SLICEWISE_MAX_TEMP = 500
SYMBOLS = {"max_temp": SLICEWISE_MAX_TEMP, "-max_temp": -SLICEWISE_MAX_TEMP}
SOURCE_TYPOS = {"filament_cooling_moves": (0, 20)}

# Limits for keys where OrcaSlicer sets none (only the missing side is used).
KEY_LIMITS = {
    "layer_height": (0, 2), "initial_layer_print_height": (0, 2),
    "min_layer_height": (0, 2), "max_layer_height": (0, 2), "nozzle_diameter": (0.05, 100),
    "filament_diameter": (0, 3), "filament_density": (0, 20),
    "filament_flow_ratio": (0.01, 2), "scarf_joint_flow_ratio": (0, 2), "pressure_advance": (0, 2),
    "filament_shrink": (10, 200), "wall_transition_length": (0, 500),
    "elefant_foot_compensation": (0, 1),
    "xy_hole_compensation": (-2, 2), "xy_contour_compensation": (-2, 2),
    "support_expansion": (-10, 10), "filter_out_gap_fill": (0, 10),
    "support_top_z_distance": (0, 5), "support_bottom_z_distance": (0, 5), "raft_contact_distance": (0, 5),
    "support_interface_spacing": (0, 10), "support_bottom_interface_spacing": (0, 10),
    "support_base_pattern_spacing": (0, 20),
    "top_shell_thickness": (0, 50), "bottom_shell_thickness": (0, 50),
    "prime_tower_width": (2, 300), "resolution": (0, 1), "slice_closing_radius": (0, 10),
    "small_perimeter_threshold": (0, 100), "raft_expansion": (0, 100), "raft_first_layer_expansion": (0, 100),
    "brim_ears_detection_length": (0, 100), "seam_slope_min_length": (0, 100),
    "mmu_segmented_region_interlocking_depth": (0, 100), "mmu_segmented_region_max_width": (0, 100),
    "wipe_tower_bridging": (0, 100), "tree_support_brim_width": (0, 100), "prime_tower_brim_width": (0, 100),
    "retraction_length": (0, 20), "retraction_minimum_travel": (0, 100), "retract_restart_extra": (-10, 10),
    "wipe_distance": (0, 100),
    "support_filament": (0, 64), "support_interface_filament": (0, 64),
    "wall_filament": (1, 64), "sparse_infill_filament": (1, 64), "solid_infill_filament": (1, 64),
    "min_bead_width": (0, 100),
    "default_jerk": (0, 100), "outer_wall_jerk": (0, 100), "inner_wall_jerk": (0, 100), "infill_jerk": (0, 100),
    "top_surface_jerk": (0, 100), "initial_layer_jerk": (0, 100), "travel_jerk": (0, 100),
}
UNIT_LIMITS = {
    "°C": (0, SLICEWISE_MAX_TEMP), "∆°C": (-SLICEWISE_MAX_TEMP, SLICEWISE_MAX_TEMP),
    "mm/s": (0, 1000), "mm/s or %": (0, 1000),
    "mm/s²": (0, 100000), "mm/s² or %": (0, 100000),
    "mm": (0, 1000), "mm or %": (0, 1000),
    "%": (0, 100), "°": (0, 360), "s": (0, 3600), "layers": (0, 1000), "layer": (0, 1000),
    "mm²": (0, 10000), "mm³": (0, 1000), "mm³/s": (0, 200), "mm³/s²": (0, 1000),
    "g/cm³": (0, 20), "money/kg": (0, 100000),
}
NO_UNIT_LIMITS = (0, 1000)
NUMERIC = {"float", "percent", "float-or-percent", "int"}


def number(text):
    """An OrcaSlicer limit as written in the source ("0.1f", "1.", "max_temp"), or None."""
    if text is None:
        return None
    text = text.strip()
    if text in SYMBOLS:
        return Decimal(SYMBOLS[text])
    try:
        return Decimal(text.rstrip("fF"))
    except ArithmeticError:
        return None  # e.g. "it_opt->second.max": not resolvable here, treated as unset


def unit_of(option):
    unit = (option.get("sidetext") or "").strip()
    if "->" in unit:  # infill_anchor_max: sidetext copied from another definition
        return "mm or %"
    return unit


def limits(key, option, value_type):
    """Hard limits of a key, or of the printer option a derived filament_* key overrides."""
    if value_type not in NUMERIC:
        return None, None
    if key in SOURCE_TYPOS:
        low, high = SOURCE_TYPOS[key]
        return Decimal(low), Decimal(high)
    low, high = number(option.get("min")), number(option.get("max"))
    default_low, default_high = KEY_LIMITS.get(key) or UNIT_LIMITS.get(unit_of(option), NO_UNIT_LIMITS)
    return (Decimal(str(default_low)) if low is None else low,
            Decimal(str(default_high)) if high is None else high)


def plain(value):
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def humanised(key):
    words = key.replace("filament_", "filament ").replace("_", " ").split()
    return " ".join(words)[:1].upper() + " ".join(words)[1:]


# Labels OrcaSlicer shows only under a heading ("Overhang speed") and that read badly alone.
LABELS = {
    "overhang_1_4_speed": "Overhang speed (10% to 25%)",
    "overhang_2_4_speed": "Overhang speed (25% to 50%)",
    "overhang_3_4_speed": "Overhang speed (50% to 75%)",
    "overhang_4_4_speed": "Overhang speed (75% to 100%)",
}
# OrcaSlicer labels speeds, accelerations, line widths and bed temperatures by feature only
# ("Outer wall", "Initial layer"): such a label must name what the key measures.
SUFFIX_WORDS = {"_speed": "speed", "_acceleration": "acceleration", "_jerk": "jerk",
                "_line_width": "width", "_temp": "temp"}


def label(key, option, label_counts):
    """OrcaSlicer's label when it names the setting on its own; else the key in words."""
    if key in LABELS:
        return LABELS[key]
    text = (option.get("label") or "").strip()
    usable = len(text.split()) >= 2 and text[0].isalpha() and label_counts.get(text, 0) == 1
    for suffix, word in SUFFIX_WORDS.items():
        if key.endswith(suffix) and word not in text.lower():
            usable = False
    return text if usable else humanised(key)


def enum_values(key, option, options, value_type):
    if value_type != "enum":
        return []
    values = option.get("enum_values")
    if not values and key in ("bottom_surface_pattern", "internal_solid_infill_pattern"):
        # OrcaSlicer: def->enum_values = def_top_fill_pattern->enum_values
        values = options["top_surface_pattern"]["enum_values"]
    if not values:
        sys.exit(f"{key}: an enum without values")
    return values


def definitions(shared):
    options = json.loads((shared / "data/orcaslicer/options.json").read_text("utf-8"))
    reference = json.loads((shared / "data/orcaslicer/reference-overridable-keys.json").read_text("utf-8"))
    rows = {}
    wanted = [(k, "filament") for k in reference["filament"]] + [(k, "process") for k in reference["process"]]
    wanted += [(k, "printer") for k in PRINTER_KEYS]
    for key, scope in wanted:
        if key in NOT_IN_ORCASLICER:
            continue
        nullable, source = False, key
        if key in options:
            option = options[key]
        elif key in LEGACY:
            source = LEGACY[key]
            option = options[source]
        elif key.startswith("filament_") and key[len("filament_"):] in options:
            source, nullable = key[len("filament_"):], True
            option = options[source]
        else:
            sys.exit(f"{key}: not an OrcaSlicer option and not derivable from one")
        if option["type"] not in TYPES:
            sys.exit(f"{key}: unsupported option type {option['type']}")
        value_type = TYPES[option["type"]]
        if scope == "process" and option["type"] in VECTOR_TYPES:
            value_type = "string"  # a list in a process preset, serialised as one string
            if key not in READ_ONLY:
                sys.exit(f"{key}: a list-valued process key must be read-only")
        rows[key] = dict(scope=scope, type=value_type, option=option, nullable=nullable, source=source,
                         access="ro" if scope == "printer" or key in READ_ONLY else "rw")
    label_counts = {}
    for row in rows.values():
        text = (row["option"].get("label") or "").strip()
        label_counts[text] = label_counts.get(text, 0) + 1
    lines = []
    for key in sorted(rows):
        row = rows[key]
        option, value_type = row["option"], row["type"]
        low, high = limits(row["source"], option, value_type)
        if low is not None and low > high:
            sys.exit(f"{key}: min {low} above max {high}")
        values = enum_values(key, option, options, value_type)
        if any("|" in v or "\t" in v for v in values):
            sys.exit(f"{key}: an enum value contains a separator")
        unit = unit_of(option) if value_type in NUMERIC else ""
        lines.append("\t".join([key, row["scope"], value_type, row["access"], "1" if row["nullable"] else "0",
                                unit, plain(low), plain(high), "|".join(values),
                                label(key, option, label_counts)]))
    return lines


# Where OrcaSlicer's option type, not the reference server's, is right (its coPercents and coEnums).
ORCASLICER_TYPE_WINS = {"filament_shrink": "percent", "filament_retract_before_wipe": "percent",
                        "filament_retract_lift_enforce": "enum"}


def committed_rows(text):
    rows = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            key, scope, value_type, access, nullable, unit, low, high, values, _ = line.split("\t")
            rows[key] = dict(scope=scope, type=value_type, access=access, low=low, high=high,
                             values=values.split("|") if values else [])
    return rows


def reference_types(reference_type, scope):
    """The catalog types that fit the reference server's pydantic type: for a filament list its element's; a list
    in a process preset is one string; its float also stands for OrcaSlicer's percentages ("20%")."""
    if reference_type.startswith("List[") and scope == "process":
        return {"string"}
    element = reference_type[5:-1] if reference_type.startswith("List[") else reference_type
    if element.startswith("Literal["):
        return {"enum"}
    return {"float": {"float", "percent"}, "int": {"int"}, "bool": {"bool"}, "str": {"string"},
            "Union[float, Percentage]": {"float-or-percent"}}[element]


def orca_limit(key, written, side):
    """A limit OrcaSlicer sets and the catalog must follow, or None (unset, or not a number in the source)."""
    if key in SOURCE_TYPOS:
        return Decimal(SOURCE_TYPOS[key][0 if side == "min" else 1])
    if written is None or "->" in written:
        return None
    return number(written)


def agreement_problems(shared, text):
    """Where the committed catalog disagrees with OrcaSlicer's options and the reference server's keys."""
    options = json.loads((shared / "data/orcaslicer/options.json").read_text("utf-8"))
    reference = json.loads((shared / "data/orcaslicer/reference-overridable-keys.json").read_text("utf-8"))
    rows = committed_rows(text)
    problems = []
    if (len(reference["filament"]), len(reference["process"])) != (86, 255):
        problems.append("the reference server's keys are not the 86 filament and 255 process keys this catalog knows")

    def option(key):
        source = key if key in options else LEGACY.get(key, key.removeprefix("filament_"))
        return options.get(source)

    for scope in ("filament", "process"):
        for key, reference_type in reference[scope].items():
            if key in NOT_IN_ORCASLICER:
                if option(key) is not None or key in rows:
                    problems.append(f"{key}: listed as not an OrcaSlicer option, but it is one or in the catalog")
                continue
            expected = {ORCASLICER_TYPE_WINS[key]} if key in ORCASLICER_TYPE_WINS \
                else reference_types(reference_type, scope)
            row = rows.get(key)
            if row is None:
                problems.append(f"{key}: a reference {scope} key missing from the catalog")
            elif row["scope"] != scope or row["type"] not in expected:
                problems.append(f"{key}: {row['scope']} {row['type']} vs the reference's {scope} {reference_type}")
    reference_keys = set(reference["filament"]) | set(reference["process"])
    problems += [f"{key}: changeable but not a reference key" for key, row in rows.items()
                 if row["access"] == "rw" and key not in reference_keys]
    for key, row in rows.items():
        definition = option(key)
        if definition is None:
            problems.append(f"{key}: not an OrcaSlicer option")
            continue
        vector = definition["type"].endswith("s")
        expected = "string" if row["scope"] == "process" and vector else TYPES[definition["type"]]
        scope_fits = {"filament": vector, "process": not vector or row["access"] == "ro", "printer": True}[row["scope"]]
        if row["type"] != expected or not scope_fits:
            problems.append(f"{key}: {row['scope']} {row['type']} vs OrcaSlicer's {definition['type']}")
        for side, cell in (("min", row["low"]), ("max", row["high"])):
            limit = orca_limit(key, definition.get(side), side)
            if cell and limit is not None and Decimal(cell) != limit:
                problems.append(f"{key}: {side} {cell} vs OrcaSlicer's {limit}")
        if row["type"] == "enum":
            values = definition.get("enum_values") or options["top_surface_pattern"]["enum_values"]
            if row["values"] != values:
                problems.append(f"{key}: values {row['values']} vs OrcaSlicer's {values}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    header = ["# Slicewise settings catalog. Generated by tools/catalog/generate_catalog.py from OrcaSlicer's",
              "# option definitions; do not edit by hand. Columns:",
              "# key\tscope\ttype\taccess\tnullable\tunit\tmin\tmax\tvalues\tlabel"]
    text = "\n".join(header + definitions(args.shared)) + "\n"
    if args.check:
        current = OUT.read_text("utf-8") if OUT.exists() else ""
        problems = [] if current == text else [f"{OUT.relative_to(ROOT)} is out of date; run {Path(__file__).name}"]
        problems += agreement_problems(args.shared, current)
        sys.exit("\n".join(problems) if problems else None)
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({text.count(chr(10)) - len(header)} keys)")


if __name__ == "__main__":
    main()
