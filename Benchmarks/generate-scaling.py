#!/usr/bin/env python3
"""Generates the analyzer's scaling inputs (deterministic, no randomness).

  generate-scaling.py hub N OUT.yaml        one artifact carried between N modules: one concern per
                                            module, the first writes `shared`, every other reads it
  generate-scaling.py shared-write N OUT    as hub, but every module writes `shared` (N² pairs of
                                            shared writes: the output itself is quadratic)
  generate-scaling.py chain N OUT.yaml      N modules in a chain; N-1 artifacts, each written by one
                                            module and read by the next (linear reference)
  generate-scaling.py interfaces M OUT.yaml M written interfaces (undeclared payloads, one clause
                                            each, ~52 bytes: 200,000 fit the 16 MiB limit) between the
                                            modules of a ring of M / 4 + 2 modules (about 8 neighbours each)
  generate-scaling.py carried M OUT.yaml    as interfaces, but every interface carries one artifact `shared`
                                            (M / 4 + 2 modules hand one artifact on)
"""
import sys

FIELDS = ("      fields:\n"
          "        record_id: { type: string, format: uuid }\n"
          "        created_at: { type: string }\n"
          "        amount: { type: number }\n"
          "        status: { type: string, values: [open, done] }\n")


def hub(n: int, every_writes: bool) -> str:
    lines = ["seams: 1", f"name: hub-{n}", "defaults: { required: true }", "artifacts:", "  shared:", FIELDS.rstrip("\n"),
             "concerns:"]
    for i in range(n):
        role = "writes: [shared]" if i == 0 or every_writes else "reads: [shared]"
        lines.append(f"  c{i:05d}: {{ does: Step {i}., {role} }}")
    lines.append("modules:")
    for i in range(n):
        lines.append(f"  m{i:05d}: {{ concerns: [c{i:05d}], objective: Step {i}., output: a record }}")
    return "\n".join(lines) + "\n"


def chain(n: int) -> str:
    lines = ["seams: 1", f"name: chain-{n}", "defaults: { required: true }", "artifacts:"]
    for i in range(n - 1):
        lines.append(f"  a{i:05d}:")
        lines.append(FIELDS.rstrip("\n"))
    lines.append("concerns:")
    for i in range(n):
        parts = []
        if i > 0:
            parts.append(f"reads: [a{i - 1:05d}]")
        if i < n - 1:
            parts.append(f"writes: [a{i:05d}]")
        lines.append(f"  c{i:05d}: {{ does: Step {i}., {', '.join(parts)} }}")
    lines.append("modules:")
    for i in range(n):
        lines.append(f"  m{i:05d}: {{ concerns: [c{i:05d}] }}")
    return "\n".join(lines) + "\n"


def interfaces(m: int, carried: bool = False) -> str:
    modules = m // 4 + 2
    lines = ["seams: 1", f"name: interfaces-{m}", "defaults: { required: true }"]
    if carried:
        lines += ["artifacts:", "  shared:", FIELDS.rstrip("\n")]
    lines.append("modules:")
    for i in range(modules):
        lines.append(f"  m{i:06d}: {{ objective: Step {i}., output: a record }}")
    lines.append("interfaces:")
    written = 0
    distance = 1
    while written < m:
        for i in range(modules):
            if written == m:
                break
            for target in ((i + distance) % modules, (i - distance) % modules):
                if written == m or target == i:
                    continue
                clause = "carries: [shared]" if carried else "on-error: retry"
                lines.append(f"  - {{ from: m{i:06d}, to: m{target:06d}, {clause} }}")
                written += 1
        distance += 1
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    kind, size, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    text = {"hub": lambda: hub(size, False), "shared-write": lambda: hub(size, True),
            "chain": lambda: chain(size), "interfaces": lambda: interfaces(size),
            "carried": lambda: interfaces(size, carried=True)}[kind]()
    with open(out, "w") as f:
        f.write(text)
