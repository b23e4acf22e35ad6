#!/usr/bin/env python3
"""Generates a large hand-written-style decomposition for the score benchmark.

Deterministic (fixed seed): N modules and M interfaces between distinct module pairs, each
interface with a small inline payload (some fields left open on purpose) and contract clauses,
written both as YAML (block style, as people write it) and as JSON.
"""
import json
import random
import sys


def build(modules: int, interfaces: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    ids = [f"m{i:05d}" for i in range(modules)]
    doc = {
        "seams": 1,
        "name": f"generated-{modules}-{interfaces}",
        "defaults": {"required": True},
        "modules": {},
        "interfaces": [],
    }
    for i, module in enumerate(ids):
        entry = {"objective": f"Handle work item family {i}.", "output": "a typed record"}
        if i % 3 == 0:
            entry["tools"] = [f"tool_{i % 17}"]
        doc["modules"][module] = entry
    seen = set()
    field_kinds = [
        ("created_at", {"type": "string"}),
        ("created_at", {"type": "string", "format": "date-time"}),
        ("amount", {"type": "number"}),
        ("amount", {"type": "number", "unit": "EUR"}),
        ("status", {"type": "string"}),
        ("status", {"type": "string", "values": ["open", "done"]}),
        ("score", {"type": "number", "range": [0, 1]}),
        ("notes", {"type": "string"}),
        ("tags", {"type": "array", "items": {"type": "string"}}),
        ("record_id", {"type": "string", "format": "uuid"}),
    ]
    while len(doc["interfaces"]) < interfaces:
        a = rng.randrange(modules)
        b = rng.randrange(modules)
        if a == b or (a, b) in seen:
            continue
        seen.add((a, b))
        fields = {}
        for name, spec in rng.sample(field_kinds, 4):
            if name not in fields:
                fields[name] = spec
        interface = {"from": ids[a], "to": ids[b], "payload": {"fields": fields}}
        if rng.random() < 0.7:
            interface["on-error"] = rng.choice(["fail", "retry", "escalate"])
        if rng.random() < 0.5:
            interface["done"] = "schema-valid"
        doc["interfaces"].append(interface)
    return doc


def yaml_scalar(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(value) if any(c in value for c in ":#{}[],&*!|>'\"%@`") else value


def yaml_flow(value) -> str:
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k}: {yaml_flow(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(yaml_flow(v) for v in value) + "]"
    return yaml_scalar(value)


def to_yaml(doc: dict) -> str:
    lines = [f"seams: {doc['seams']}", f"name: {doc['name']}", "defaults: { required: true }", "modules:"]
    for module, entry in doc["modules"].items():
        lines.append(f"  {module}:")
        for key, value in entry.items():
            lines.append(f"    {key}: {yaml_flow(value)}")
    lines.append("interfaces:")
    for interface in doc["interfaces"]:
        lines.append(f"  - from: {interface['from']}")
        lines.append(f"    to: {interface['to']}")
        lines.append("    payload:")
        lines.append("      fields:")
        for name, spec in interface["payload"]["fields"].items():
            lines.append(f"        {name}: {yaml_flow(spec)}")
        for key in ("on-error", "done"):
            if key in interface:
                lines.append(f"    {key}: {interface[key]}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    modules, interfaces, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    doc = build(modules, interfaces)
    with open(out + ".yaml", "w") as f:
        f.write(to_yaml(doc))
    with open(out + ".json", "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")
