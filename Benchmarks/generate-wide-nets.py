#!/usr/bin/env python3
"""A spec whose few artifacts are read by hundreds of concerns (wide nets), for timing `seams plan`.

Usage: generate-wide-nets.py CONCERNS [SHARED] > spec.yaml

Every concern reads SHARED context artifacts (written by one setup concern) and its predecessor's
note, and writes a note of its own: SHARED nets of CONCERNS + 1 pins, and a chain of two-pin nets.
Deterministic: the same arguments give the same bytes.
"""
import sys

count = int(sys.argv[1]) if len(sys.argv) > 1 else 400
shared = int(sys.argv[2]) if len(sys.argv) > 2 else 4
lines = ["seams: 1", f"name: wide-nets-{count}", "budget: { attention: 8 }", "defaults: { required: true }", "artifacts:"]
for index in range(shared):
    lines.append(f"  context_{index}:")
    lines.append("    fields:")
    lines.append("      policy_id: { type: string, format: uuid }")
    lines.append("      rules: { type: array, items: { type: string }, ordering: ordered }")
for index in range(count):
    lines.append(f"  note_{index}: {{ fields: {{ text: {{ type: string }}, score: {{ type: number, range: [0, 1] }} }} }}")
lines.append("concerns:")
lines.append("  setup:")
lines.append("    does: Write the shared context every worker reads.")
lines.append(f"    writes: [{', '.join(f'context_{i}' for i in range(shared))}]")
for index in range(count):
    reads = [f"context_{i}" for i in range(shared)]
    if index > 0:
        reads.append(f"note_{index - 1}")
    lines.append(f"  worker-{index}:")
    lines.append(f"    does: Handle item {index}.")
    lines.append(f"    reads: [{', '.join(reads)}]")
    lines.append(f"    writes: [note_{index}]")
print("\n".join(lines))
