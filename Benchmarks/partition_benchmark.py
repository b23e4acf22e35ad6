#!/usr/bin/env python3
"""Seams's architect against KaHyPar, METIS, KaHIP and an exact ILP (HiGHS) on the same instances.

Usage: partition_benchmark.py SEAMS_BINARY CORPUS_DIR REPORT_FILE [--quick]
Each peer runs in its own process under a memory limit (8 GB address space) and a time limit;
"out of memory", "timed out" and "unavailable" are recorded as results, never hidden.
Costs are recomputed here from every tool's block assignment (km1 = edge cut on graphs) and
each assignment is checked against the block count and the maximum block weight.
"""
import json, math, os, random, re, resource, subprocess, sys, tempfile, time

MEMORY_BYTES = 8_000_000_000
EPSILON = 0.03
WALSHAW = ["data", "3elt", "uk", "add20", "4elt"]
KS = [2, 4, 8, 16]
PLANTED = [100, 1_000, 10_000, 100_000]
BLOCK = 10          # planted block size: k = n / 10, budget 10, epsilon 0
ILP_LIMIT = 60      # seconds
PEER_LIMIT = 300    # seconds per peer run


# ---------------------------------------------------------------- instances

def read_metis(path):
    with open(path) as handle:
        lines = [line for line in handle.read().split("\n") if not line.startswith("%")]
    header = lines[0].split()
    n, fmt = int(header[0]), (header[2] if len(header) > 2 else "0").zfill(3)
    vw, ew = fmt[1] == "1", fmt[2] == "1"
    weights, edges = [], {}
    for v in range(n):
        tokens = list(map(int, lines[1 + v].split())) if 1 + v < len(lines) else []
        if vw:
            weights.append(tokens[0]); tokens = tokens[1:]
        else:
            weights.append(1)
        step = 2 if ew else 1
        for i in range(0, len(tokens), step):
            u = tokens[i] - 1
            if u > v:
                edges[(v, u)] = tokens[i + 1] if ew else 1
    return weights, sorted((u, v, w) for (u, v), w in edges.items())


def write_metis(path, weights, edges):
    n = len(weights)
    adjacency = [[] for _ in range(n)]
    for u, v, w in edges:
        adjacency[u].append((v, w)); adjacency[v].append((u, w))
    with open(path, "w") as handle:
        handle.write(f"{n} {len(edges)} 1\n")
        for v in range(n):
            handle.write(" ".join(f"{u + 1} {w}" for u, w in sorted(adjacency[v])) + "\n")


def planted(n, seed=7):
    """Blocks of 10: a ring plus diameters (3-regular, weight 10: any split of a block cuts >= 30);
    block i is tied to block i+1 by one edge of weight 1, plus one random weight-1 edge per block.
    Every block touches at most ~4 weight-1 edges, so the planted partition is optimal: cost = the
    number of weight-1 edges."""
    rng = random.Random(seed)
    k = n // BLOCK
    edges = set()
    for b in range(k):
        base = b * BLOCK
        for i in range(BLOCK):
            edges.add((base + i, base + (i + 1) % BLOCK, 10) if i < (i + 1) % BLOCK else (base + (i + 1) % BLOCK, base + i, 10))
        for i in range(BLOCK // 2):
            edges.add((base + i, base + i + BLOCK // 2, 10))
    inter = set()
    if k > 1:
        for b in range(k):
            c = (b + 1) % k
            if b != c:
                inter.add(tuple(sorted((b * BLOCK + rng.randrange(BLOCK), c * BLOCK + rng.randrange(BLOCK)))))
            c = rng.randrange(k)
            if c != b:
                inter.add(tuple(sorted((b * BLOCK + rng.randrange(BLOCK), c * BLOCK + rng.randrange(BLOCK)))))
    internal = {(u, v): w for u, v, w in edges}
    all_edges = dict(internal)
    for u, v in inter:
        all_edges[(u, v)] = all_edges.get((u, v), 0) + 1
    cost = sum(1 for (u, v) in inter)
    # A planted inter edge never joins vertices of one block, so the planted cut is exactly len(inter).
    return [1] * n, sorted((u, v, w) for (u, v), w in all_edges.items()), cost, k


def cut_and_check(weights, edges, blocks, k, capacity):
    if blocks is None or len(blocks) != len(weights):
        return None, "no assignment"
    load = {}
    for v, b in enumerate(blocks):
        load[b] = load.get(b, 0) + weights[v]
    cut = sum(w for u, v, w in edges if blocks[u] != blocks[v])
    problems = []
    if max(load.values()) > capacity + 1e-9:
        problems.append(f"block weight {max(load.values())} > {capacity}")
    if len(load) > k:
        problems.append(f"{len(load)} blocks > k")
    return cut, "; ".join(problems)


# ---------------------------------------------------------------- peers (each in a child process)

def limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))


def run_child(args, timeout):
    """Runs this script as `peer ...` in a child; returns (result dict or None, status text)."""
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, __file__, "peer"] + args, capture_output=True, text=True,
                              timeout=timeout, preexec_fn=limit_memory)
    except subprocess.TimeoutExpired:
        return None, f"timed out ({timeout} s)"
    if done.returncode != 0:
        tail = (done.stderr or "").strip().splitlines()[-1:] or [""]
        if "MemoryError" in done.stderr or "bad_alloc" in done.stderr or done.returncode in (-6, -9, 134, 137):
            return None, "out of memory (8 GB)"
        return None, f"failed: {tail[0][:80]}"
    return json.loads(done.stdout.strip().splitlines()[-1]), "ok"


def peer_main(name, graph_path, k, capacity, epsilon, work):
    weights, edges = read_metis(graph_path)
    n = len(weights)
    blocks = None
    seconds = None
    extra = {}
    if name == "kahypar":
        import kahypar
        ini = os.environ["KAHYPAR_INI"]
        index = [0]
        pins = []
        for u, v, _ in edges:
            pins += [u, v]; index.append(len(pins))
        start = time.perf_counter()
        hg = kahypar.Hypergraph(n, len(edges), index, pins, k, [w for _, _, w in edges], weights)
        ctx = kahypar.Context()
        ctx.loadINIconfiguration(ini)
        ctx.setK(k); ctx.setEpsilon(epsilon); ctx.setSeed(0); ctx.suppressOutput(True)
        kahypar.partition(hg, ctx)
        seconds = time.perf_counter() - start
        blocks = [hg.blockID(i) for i in range(n)]
    elif name == "kahip":
        import kahip
        adjacency = [[] for _ in range(n)]
        for u, v, w in edges:
            adjacency[u].append((v, w)); adjacency[v].append((u, w))
        xadj, adjncy, adjcwgt = [0], [], []
        for v in range(n):
            for u, w in adjacency[v]:
                adjncy.append(u); adjcwgt.append(w)
            xadj.append(len(adjncy))
        start = time.perf_counter()
        _, blocks = kahip.kaffpa(weights, xadj, adjcwgt, adjncy, k, epsilon, True, 0, 2)
        seconds = time.perf_counter() - start
    elif name == "metis":
        ufactor = max(1, int(round(1000 * epsilon)))
        local = os.path.join(work, f"metis-{os.getpid()}.graph")
        write_metis(local, weights, edges)
        start = time.perf_counter()
        subprocess.run(["gpmetis", f"-ufactor={ufactor}", local, str(k)], check=True, capture_output=True)
        seconds = time.perf_counter() - start
        with open(f"{local}.part.{k}") as handle:
            blocks = [int(line) for line in handle.read().split()]
    elif name == "ilp":
        import highspy, numpy as np
        seconds, blocks, extra = ilp(weights, edges, k, capacity)
    print(json.dumps({"seconds": seconds, "blocks": blocks, **extra}))


def ilp(weights, edges, k, capacity):
    """min Σ_e w_e · ½ Σ_b |x_ub − x_vb|  s.t. Σ_b x_vb = 1, Σ_v w_v x_vb ≤ capacity, x binary;
    vertex v may use only blocks 0..v (symmetry breaking)."""
    import highspy, numpy as np
    n, m = len(weights), len(edges)
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("time_limit", float(ILP_LIMIT))
    h.setOptionValue("threads", 1)
    inf = highspy.kHighsInf
    nx = n * k
    ny = m * k
    lower = np.zeros(nx + ny)
    upper = np.ones(nx + ny)
    for v in range(n):
        for b in range(k):
            if b > v:
                upper[v * k + b] = 0
    cost = np.zeros(nx + ny)
    for e, (_, _, w) in enumerate(edges):
        cost[nx + e * k: nx + e * k + k] = w / 2.0
    h.addVars(nx + ny, lower, upper)
    h.changeColsCost(nx + ny, np.arange(nx + ny, dtype=np.int32), cost)
    h.changeColsIntegrality(nx, np.arange(nx, dtype=np.int32), np.array([highspy.HighsVarType.kInteger] * nx))
    rows_lo, rows_hi, starts, index, value = [], [], [], [], []
    def row(lo, hi, cols, vals):
        rows_lo.append(lo); rows_hi.append(hi); starts.append(len(index)); index.extend(cols); value.extend(vals)
    for v in range(n):
        row(1, 1, [v * k + b for b in range(k)], [1.0] * k)
    for b in range(k):
        row(-inf, capacity, [v * k + b for v in range(n)], [float(w) for w in weights])
    for e, (u, v, _) in enumerate(edges):
        for b in range(k):
            y = nx + e * k + b
            row(0, inf, [y, u * k + b, v * k + b], [1.0, -1.0, 1.0])
            row(0, inf, [y, u * k + b, v * k + b], [1.0, 1.0, -1.0])
    h.addRows(len(rows_lo), np.array(rows_lo), np.array(rows_hi), len(index), np.array(starts, dtype=np.int32),
              np.array(index, dtype=np.int32), np.array(value))
    start = time.perf_counter()
    h.run()
    seconds = time.perf_counter() - start
    status = h.modelStatusToString(h.getModelStatus())
    info = h.getInfo()
    if status != "Optimal":
        return seconds, None, {"status": status, "bound": info.mip_dual_bound}
    values = h.getSolution().col_value
    blocks = [max(range(k), key=lambda b: values[v * k + b]) for v in range(n)]
    return seconds, blocks, {"status": status, "bound": info.mip_dual_bound}


# ---------------------------------------------------------------- Seams

def run_seams(binary, graph_path, k, capacity, work):
    spec = os.path.join(work, os.path.basename(graph_path) + ".json")
    if not os.path.exists(spec):
        subprocess.run([binary, "import", "metis", graph_path, "-o", spec, "--format", "json"], check=True)
    plan = os.path.join(work, "plan.json")
    start = time.perf_counter()
    done = subprocess.run([binary, "plan", spec, "--modules", str(k), "--budget", str(capacity), "--format", "json",
                           "-o", plan, "--force", "--max-file-size", "1000000000"],
                          capture_output=True, text=True, preexec_fn=limit_memory, timeout=PEER_LIMIT)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        return None, seconds, "failed: " + (done.stderr.strip().splitlines() or [""])[-1][:100], ""
    match = re.search(r"crossing weight: ([0-9.]+) bits \(([^)]*)\)", done.stdout)
    quality = match.group(2) if match else ""
    with open(plan) as handle:
        document = json.load(handle)
    blocks = [0] * len(document["concerns"])
    for number, module in enumerate(document["modules"].values()):
        for concern in module["concerns"]:
            blocks[int(concern[1:]) - 1] = number
    return blocks, seconds, "ok", quality


# ---------------------------------------------------------------- main

def fmt_time(seconds):
    return "—" if seconds is None else (f"{seconds:.2f} s" if seconds < 100 else f"{seconds:.0f} s")


def main():
    binary, corpus, report = sys.argv[1], sys.argv[2], sys.argv[3]
    quick = "--quick" in sys.argv
    os.environ["KAHYPAR_INI"] = os.path.join(corpus, "km1_kKaHyPar_sea20.ini")
    work = tempfile.mkdtemp(prefix="seams-bench-")
    available = {}
    for peer, module in [("kahypar", "kahypar"), ("kahip", "kahip"), ("ilp", "highspy")]:
        try:
            __import__(module); available[peer] = "ok"
        except ImportError:
            available[peer] = f"unavailable (python module {module} not installed)"
    available["metis"] = "ok" if subprocess.run(["sh", "-c", "command -v gpmetis"], capture_output=True).returncode == 0 \
        else "unavailable (gpmetis not installed)"

    instances = []
    for n in (PLANTED[:2] if quick else PLANTED):
        weights, edges, cost, k = planted(n)
        path = os.path.join(work, f"planted-{n}.graph")
        write_metis(path, weights, edges)
        instances.append({"name": f"planted n={n}", "path": path, "k": k, "epsilon": 0.0, "capacity": BLOCK,
                          "known": cost, "ilp": n <= 1_000, "n": n})
    for graph in (WALSHAW[:2] if quick else WALSHAW):
        path = os.path.join(corpus, f"{graph}.graph")
        weights, _ = read_metis(path)
        for k in KS:
            capacity = math.floor((1 + EPSILON) * math.ceil(sum(weights) / k))
            instances.append({"name": f"{graph} k={k}", "path": path, "k": k, "epsilon": EPSILON, "capacity": capacity,
                              "known": None, "ilp": graph == "uk" and k == 2, "n": len(weights)})

    rows = []
    for instance in instances:
        weights, edges = read_metis(instance["path"])
        k, capacity = instance["k"], instance["capacity"]
        row = {"instance": instance, "results": {}}
        blocks, seconds, status, quality = run_seams(binary, instance["path"], k, capacity, work)
        cost, problem = cut_and_check(weights, edges, blocks, k, capacity) if blocks else (None, status)
        row["results"]["seams"] = {"cost": cost, "seconds": seconds, "status": problem or status, "quality": quality}
        for peer in ["kahypar", "metis", "kahip", "ilp"]:
            if available[peer] != "ok":
                row["results"][peer] = {"cost": None, "seconds": None, "status": available[peer]}
                continue
            if peer == "ilp" and not instance["ilp"]:
                row["results"][peer] = {"cost": None, "seconds": None, "status": "not attempted"}
                continue
            limit = ILP_LIMIT + 60 if peer == "ilp" else PEER_LIMIT
            result, status = run_child([peer, instance["path"], str(k), str(capacity), str(instance["epsilon"]), work], limit)
            if result is None:
                row["results"][peer] = {"cost": None, "seconds": None, "status": status}
                continue
            if result.get("blocks") is None:
                row["results"][peer] = {"cost": None, "seconds": result["seconds"],
                                        "status": f"{result.get('status', 'no result')} after {ILP_LIMIT} s, bound {result.get('bound', 0):.1f}"}
                continue
            cost, problem = cut_and_check(weights, edges, result["blocks"], k, capacity)
            row["results"][peer] = {"cost": cost, "seconds": result["seconds"], "status": problem or "ok"}
        rows.append(row)
        line = " | ".join(f"{p} {r['cost']} ({fmt_time(r['seconds'])}{'' if r['status'] == 'ok' else ', ' + r['status']})"
                          for p, r in row["results"].items())
        print(f"{instance['name']}: {line}", flush=True)
    write_report(rows, report, available, quick)


def write_report(rows, report, available, quick):
    peers = [("seams", "Seams"), ("kahypar", "KaHyPar"), ("metis", "METIS"), ("kahip", "KaHIP"), ("ilp", "ILP (HiGHS)")]
    out = ["# Partitioning benchmark: the architect against KaHyPar, METIS, KaHIP and the ILP optimum", "",
           "Generated by `Benchmarks/partition-benchmark.sh` (do not edit by hand). One run, 2 shared cores;",
           "cost = km1 (edge cut on these graphs), recomputed from each tool's assignment and checked against k and",
           "the maximum block weight (1+ε)·⌈W/k⌉. Wall time: Seams is the whole `seams plan` process (reading the",
           "JSON spec, scoring it, partitioning, scoring the plan, writing it); the peers are timed around their",
           "partition call only. Peers run under an 8 GB address-space limit.", "",
           "Planted specs: blocks of 10 concerns (a ring plus diameters, weight 10), one weight-1 edge from each",
           "block to the next and one to a random block; k = n/10, budget 10, ε = 0. The planted partition is",
           "optimal by construction (splitting a block cuts ≥ 30, a block touches ≤ ~4 weight-1 edges), so its",
           "cost is the known optimum. Walshaw graphs: ε = 3%, k = 2, 4, 8, 16.", "",
           "Peer settings: KaHyPar 1.3.7 km1 with `km1_kKaHyPar_sea20.ini`, seed 0; METIS 5.1 `gpmetis -ufactor=30`",
           "(`-ufactor=1` at ε = 0); KaHIP 3.25 `kaffpa` mode STRONG, seed 0; ILP: HiGHS on the x/y linearisation",
           f"of km1 with symmetry breaking, {ILP_LIMIT} s limit, attempted on planted n ≤ 1,000 and uk k=2 only",
           "(larger ones cannot finish in a minute).", ""]
    if quick:
        out += ["**Quick run** (`--quick`): a subset of instances.", ""]
    header = "| instance | known optimum | " + " | ".join(f"{label} cost | {label} time" for _, label in peers) + " | Seams/KaHyPar | Seams/METIS | Seams/KaHIP | Seams vs ILP |"
    out += [header, "|" + "---|" * (2 + 2 * len(peers) + 4)]
    tallies = {"kahypar": [0, 0], "metis": [0, 0], "kahip": [0, 0], "ilp": [0, 0]}
    misses = []
    for row in rows:
        inst, res = row["instance"], row["results"]
        cells = [inst["name"], str(inst["known"]) if inst["known"] is not None else "—"]
        for peer, _ in peers:
            r = res[peer]
            cost = "—" if r["cost"] is None else str(r["cost"])
            if r["status"] not in ("ok",) and r["cost"] is None:
                cost = r["status"]
            elif r["status"] != "ok":
                cost += f" ({r['status']})"
            if peer == "seams" and r.get("quality"):
                cost += f" ({r['quality']})"
            cells += [cost, fmt_time(r["seconds"])]
        seams = res["seams"]["cost"]
        for peer in ["kahypar", "metis", "kahip"]:
            other = res[peer]["cost"]
            if seams is None or other is None:
                cells.append("—")
                continue
            cells.append(f"{seams / other:.3f}" if other else ("1.000" if seams == 0 else "∞"))
            tallies[peer][1] += 1
            if seams <= other:
                tallies[peer][0] += 1
            elif peer == "kahypar":
                misses.append(f"{inst['name']}: Seams {seams} vs KaHyPar {other} (+{100 * (seams - other) / other:.1f}%)")
        optimum = res["ilp"]["cost"] if res["ilp"]["cost"] is not None else inst["known"]
        if seams is not None and optimum is not None:
            cells.append("equal" if seams == optimum else f"+{seams - optimum} (+{100 * (seams - optimum) / max(optimum, 1):.1f}%)")
            tallies["ilp"][1] += 1
            tallies["ilp"][0] += seams == optimum
        else:
            cells.append("—")
        out.append("| " + " | ".join(cells) + " |")
    out += ["", "## Targets", ""]
    kh = tallies["kahypar"]
    share = 100 * kh[0] / kh[1] if kh[1] else 0
    out.append(f"- Cost ≤ KaHyPar's on ≥ 90% of instances: {kh[0]} of {kh[1]} ({share:.0f}%) — {'met' if share >= 90 else 'missed'}.")
    for peer, label in [("metis", "METIS"), ("kahip", "KaHIP")]:
        out.append(f"- Cost ≤ {label}'s: {tallies[peer][0]} of {tallies[peer][1]} instances.")
    out.append(f"- Equal to the optimum wherever it is known (ILP or planted): {tallies['ilp'][0]} of {tallies['ilp'][1]}.")
    big = [row for row in rows if row["instance"]["name"] == "planted n=100000"]
    if big:
        s, k = big[0]["results"]["seams"], big[0]["results"]["kahypar"]
        if k["seconds"] is None:
            out.append(f"- Wall time at n = 10⁵: Seams {fmt_time(s['seconds'])}; KaHyPar {k['status']} — met (KaHyPar gave no result).")
        else:
            verdict = "met" if s["seconds"] < k["seconds"] else f"missed by {s['seconds'] - k['seconds']:.1f} s"
            out.append(f"- Wall time at n = 10⁵: Seams {fmt_time(s['seconds'])} against KaHyPar {fmt_time(k['seconds'])} — {verdict}.")
    if misses:
        out += ["", "Instances where Seams's cost is above KaHyPar's:", ""] + [f"- {m}" for m in misses]
    with open(report, "w") as handle:
        handle.write("\n".join(out) + "\n")
    print("\n".join(out))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "peer":
        peer_main(sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6]), sys.argv[7])
    else:
        main()
