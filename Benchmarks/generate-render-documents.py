#!/usr/bin/env python3
"""Seeded documents for the render sweep (Benchmarks/render-sweep.sh).

Writes COUNT documents as JSON (which Seams reads through the same loader as YAML) into OUTDIR,
reproducible from SEED. They mix what makes Graphviz layouts fragile: decompositions with
concerns and modules, specs without modules, hand-written modules with inline payloads;
human gates, irreversible effects, cycles between modules and between concerns, flows inside
and across modules, share-context pairs, long names, and ids with DOT and HTML syntax in them
(quotes, backslash escapes, angle brackets, braces, semicolons) and non-ASCII text.

Usage: generate-render-documents.py SEED COUNT OUTDIR
"""
import json
import os
import random
import sys

HOSTILE = [
    'a"b', "back\\slash", "trailing\\", "\\l\\N\\G", "<b>bold</b>", "&amp;", "{rank=same}", "x;y",
    "cluster_0", "m0", "edge -> node", "tab\there", "émigré", "数据", "🚀rocket", "مرحبا", "a]b[c",
    "--", "label=<x>", "' OR 1=1", "%s%n", "\u00a0nbsp", "\u200bzw",
]
WORDS = ["intake", "triage", "score", "review", "approve", "refund", "notify", "archive", "plan",
         "research", "draft", "edit", "publish", "audit", "route", "merge", "split", "check"]
FIELDS = [
    ("created_at", {"type": "string"}), ("created_at", {"type": "string", "format": "date-time"}),
    ("amount", {"type": "number"}), ("amount", {"type": "number", "unit": "EUR"}),
    ("status", {"type": "string"}), ("status", {"type": "string", "values": ["open", "done"]}),
    ("score", {"type": "number", "range": [0, 1]}), ("notes", {}), ("tags", {"type": "array"}),
    ("record_id", {"type": "string", "format": "uuid"}), ("timeout", {"type": "integer"}),
]


def name(rng: random.Random, prefix: str, number: int) -> str:
    """An id: usually a plain word, sometimes long, sometimes hostile; unique by its number."""
    roll = rng.random()
    if roll < 0.12:
        return f"{rng.choice(HOSTILE)}-{prefix}{number}"
    if roll < 0.20:
        return "-".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20))) + f"-{number}"
    return f"{rng.choice(WORDS)}-{prefix}{number}"


def fields(rng: random.Random) -> dict:
    result = {}
    for field, spec in rng.sample(FIELDS, rng.randint(0, 4)):
        result.setdefault(field, spec)
    return result


def concerns_and_artifacts(rng: random.Random, count: int) -> tuple[dict, dict, list]:
    ids = [name(rng, "c", i) for i in range(count)]
    outputs = [name(rng, "a", i) for i in range(count)]
    artifacts = {}
    concerns = {}
    for i, cid in enumerate(ids):
        artifacts[outputs[i]] = {"fields": fields(rng)} if rng.random() < 0.8 else {"about": "Some relevant notes, etc."}
        entry = {"does": f"Step {i} of the work, as appropriate.", "writes": [outputs[i]]}
        reads = set()
        # Mostly earlier outputs (a flow), sometimes later ones (a cycle), sometimes many (fan-in).
        for _ in range(rng.choice([0, 1, 1, 2, 3, 5])):
            if i > 0 and rng.random() < 0.85:
                reads.add(rng.randrange(i))
            elif count > 1:
                reads.add(rng.randrange(count))
        entry["reads"] = [outputs[j] for j in sorted(reads) if j != i]
        if rng.random() < 0.1:
            entry["reads"].append(rng.choice(["user_request", "ledger", "policy"]))
        roll = rng.random()
        if roll < 0.12:
            entry["gate"] = "human"
        elif roll < 0.22:
            entry["effect"] = "irreversible"
        elif roll < 0.30:
            entry["effect"] = "reversible"
        if rng.random() < 0.3:
            entry["tools"] = [rng.choice(WORDS) + "_api"]
        if rng.random() < 0.2:
            entry["load"] = rng.choice([0.5, 1, 2, 3])
        concerns[cid] = entry
    return concerns, artifacts, ids


def decomposition(rng: random.Random, number: int) -> dict:
    big = rng.random() < 0.04
    count = rng.randint(160, 220) if big else rng.randint(1, 30)
    concerns, artifacts, ids = concerns_and_artifacts(rng, count)
    doc = {"seams": 1, "name": name(rng, "doc", number), "budget": {"attention": rng.choice([2, 3, 4, 6, 10])},
           "artifacts": artifacts, "concerns": concerns}
    # What concerns read and none writes comes from outside the task: declared, as the loader requires.
    written = {out for entry in concerns.values() for out in entry["writes"]}
    outside = sorted({art for entry in concerns.values() for art in entry["reads"] if art not in written})
    if outside:
        doc["inputs"] = outside
    if rng.random() < 0.5:
        doc["defaults"] = {"required": True}
    if rng.random() < 0.15:
        return doc  # a spec: scored as one module holding every concern
    k = rng.randint(1, min(count, 12))
    module_ids = [name(rng, "m", i) for i in range(k)]
    members = {m: [] for m in module_ids}
    for i, cid in enumerate(ids):
        # Contiguous runs with some shuffling: flows inside and across modules.
        owner = module_ids[min(k - 1, i * k // count)] if rng.random() < 0.7 else rng.choice(module_ids)
        members[owner].append(cid)
    modules = {}
    for m in module_ids:
        entry = {"concerns": members[m]} if members[m] else {"objective": "A role without concerns."}
        if rng.random() < 0.5:
            entry["objective"] = f"Own {m}."
        modules[m] = entry
    doc["modules"] = modules
    writer_module = {}
    for m in module_ids:
        for cid in members[m]:
            for out in concerns[cid]["writes"]:
                writer_module[out] = m
    written = {}  # one written interface per module pair, carrying what its concerns pass
    for m in module_ids:
        for cid in members[m]:
            for art in concerns[cid]["reads"]:
                src = writer_module.get(art)
                if src and src != m and rng.random() < 0.4:
                    interface = written.setdefault((src, m), {"from": src, "to": m, "carries": []})
                    if art not in interface["carries"]:
                        interface["carries"].append(art)
                    if rng.random() < 0.6:
                        interface["on-error"] = rng.choice(["fail", "retry", "escalate", "partial"])
                    if rng.random() < 0.4:
                        interface["done"] = "schema-valid"
    roles = [m for m in module_ids if not members[m]]
    for _ in range(len(roles) * 2):
        a, b = rng.choice(module_ids), rng.choice(roles)
        pair = (a, b) if rng.random() < 0.5 else (b, a)
        if a != b and pair not in written:
            written[pair] = {"from": pair[0], "to": pair[1], "payload": {"fields": fields(rng)}}
    if written:
        doc["interfaces"] = list(written.values())
    return doc


def hand_written(rng: random.Random, number: int) -> dict:
    count = rng.randint(1, 25)
    ids = [name(rng, "m", i) for i in range(count)]
    modules = {m: {"objective": f"Do {m}."} for m in ids}
    interfaces = []
    seen = set()
    for _ in range(rng.randint(0, count * 2)):
        a, b = rng.randrange(count), rng.randrange(count)
        if a == b or (a, b) in seen:
            continue
        seen.add((a, b))
        interface = {"from": ids[a], "to": ids[b]}
        roll = rng.random()
        if roll < 0.6:
            interface["payload"] = {"fields": fields(rng)}
        elif roll < 0.8:
            interface["payload"] = {"prose": "A list of relevant findings, etc."}
        if rng.random() < 0.5:
            interface["on-error"] = rng.choice(["fail", "retry"])
        interfaces.append(interface)
    doc = {"seams": 1, "name": name(rng, "doc", number), "modules": modules}
    if interfaces:
        doc["interfaces"] = interfaces
    return doc


def main() -> None:
    seed, count, outdir = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    os.makedirs(outdir, exist_ok=True)
    for number in range(count):
        rng = random.Random(seed * 1_000_003 + number)
        doc = hand_written(rng, number) if rng.random() < 0.25 else decomposition(rng, number)
        with open(os.path.join(outdir, f"doc{number:04d}.json"), "w", encoding="utf-8") as out:
            json.dump(doc, out, ensure_ascii=False, indent=1)
            out.write("\n")


if __name__ == "__main__":
    main()
