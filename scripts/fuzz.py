#!/usr/bin/env python3
"""Mutation fuzzing of the real `seams` binary (Python 3 standard library only; no network).

Seeds are the repository's own documents (Samples/ and the test fixtures, each under 100 KB). Each run
mutates one seed (byte flips, insertions, deletions; YAML-structure edits: duplicate, delete or swap
lines, blocks and list items, change scalars; numbers: huge, negative, 0, nan, inf, 1e308, -0, 2^63),
writes it to a scratch folder and runs one of `score`, `check -o`, `plan -o`, `explain`,
`render -o X.dot`, then asserts:

  - the process ended by itself (no signal; a run still going after --hang-seconds is a hang);
  - the exit code is 0, 1 or 2;
  - exit 2: stderr has a located error (`file:line:col: error: what — fix`), stdout is empty, and
    no output or temporary file was written;
  - exit 0 or 1: the -o file exists and no temporary file is left;
  - the run took at most --max-seconds of CPU time (user + system: a fair measure on a shared,
    loaded machine; wall time is reported too) and at most --max-mib of peak resident memory.

Deterministic by seed: run i always tries the same mutant with the same command; a time bound
(--seconds) only decides how many runs happen. Every failure is saved with its command line under
--failures, so it can be replayed by hand. Exit status: 0 when every run passed, 1 otherwise.

  scripts/fuzz.py --binary .build/debug/seams --runs 300 --seconds 50     # what `make test` runs
  FUZZ_RUNS=20000 FUZZ_SECONDS=0 make fuzz                                 # a long campaign
"""
import argparse
import os
import random
import re
import shutil
import signal
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LOCATED = re.compile(r"^.+:\d+:\d+: error: .+ — .+$", re.MULTILINE)
INTERESTING_NUMBERS = ["1e17", "1e308", "-1e308", "1e309", "9223372036854775807", "9223372036854775808",
                       "-9223372036854775809", "18446744073709551616", "0", "-0", "-1", "0.0000001", "nan", "NaN",
                       ".nan", "inf", "-inf", ".inf", "1e-320", "4.9e-324", "2147483648", "99999999999999999999999",
                       "1000000", "1000001", "0.001", "0x7fffffff"]
INTERESTING_BYTES = [b":", b"{", b"}", b"[", b"]", b",", b"\n", b"\t", b" ", b"\"", b"'", b"#", b"-", b"&a ", b"*a",
                     b"!!str ", b"|", b">", b"\x00", b"\xff", b"\xc3", b"\xe2\x80\xa8", b"? ", b"<<: *a", b"%", b"@", b"\\"]
NUMERIC_KEYS = ["load", "weight", "attention", "modules", "isolate-max-open-bits", "share-context-ratio"]
COMMANDS = ["score", "check", "plan", "explain", "render"]


def seeds():
    """Every document-like file under Samples/ and the tests' fixtures, under 100 KB, sorted."""
    found = []
    for base in ["Samples", "Tests"]:
        for folder, _, files in os.walk(os.path.join(ROOT, base)):
            if "__Golden__" in folder:
                continue
            for name in files:
                path = os.path.join(folder, name)
                if name.endswith((".yaml", ".yml", ".json")) and os.path.getsize(path) < 100_000:
                    found.append(path)
    return sorted(found)


# MARK: mutations

def byte_mutation(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data or b" ")
    kind = rng.randrange(5)
    at = rng.randrange(len(data))
    if kind == 0:
        data[at] ^= 1 << rng.randrange(8)
    elif kind == 1:
        data[at:at] = rng.choice(INTERESTING_BYTES)
    elif kind == 2:
        del data[at:at + rng.randint(1, 16)]
    elif kind == 3:
        length = rng.randint(1, 64)
        data[at:at] = data[at:at + length]
    else:
        data[at] = rng.randrange(256)
    return bytes(data)


def blocks(lines):
    """(start, end) of each line with the lines more indented below it: a YAML key or list item with its children."""
    result = []
    for start, line in enumerate(lines):
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" "))
        end = start + 1
        while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip(" ")) > indent):
            end += 1
        result.append((start, end))
    return result


def structure_mutation(data: bytes, rng: random.Random) -> bytes:
    lines = data.decode("utf-8", "replace").split("\n")
    if len(lines) < 2:
        return byte_mutation(data, rng)
    spans = blocks(lines)
    kind = rng.randrange(8)
    if kind == 0:  # duplicate a line (a duplicate key or list item)
        i = rng.randrange(len(lines))
        lines.insert(i, lines[i])
    elif kind == 1:  # delete a line
        del lines[rng.randrange(len(lines))]
    elif kind == 2:  # swap two lines
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == 3 and spans:  # duplicate a block
        start, end = rng.choice(spans)
        lines[end:end] = lines[start:end]
    elif kind == 4 and spans:  # delete a block
        start, end = rng.choice(spans)
        del lines[start:end]
    elif kind == 5 and len(spans) > 1:  # swap two blocks of the same indentation
        first = rng.choice(spans)
        indent = len(lines[first[0]]) - len(lines[first[0]].lstrip(" "))
        same = [s for s in spans if s != first and len(lines[s[0]]) - len(lines[s[0]].lstrip(" ")) == indent
                and (s[1] <= first[0] or s[0] >= first[1])]
        if same:
            second = rng.choice(same)
            (a, b), (c, d) = sorted([first, second])
            lines = lines[:a] + lines[c:d] + lines[b:c] + lines[a:b] + lines[d:]
    elif kind == 6:  # change a scalar to another one from the file, or an odd one
        candidates = [i for i, line in enumerate(lines) if re.search(r":\s+\S", line)]
        if candidates:
            i = rng.choice(candidates)
            values = re.findall(r":\s+([^\s{}\[\],#]+)", "\n".join(lines)) or ["x"]
            replacement = rng.choice(values + ["", "~", "null", "true", "[]", "{}", "\"\"", "[a, a]", "*a", "&a x"])
            lines[i] = re.sub(r"(:\s+)([^\s{}\[\],#]+)", lambda m: m.group(1) + replacement, lines[i], count=1)
    else:  # re-indent a line
        i = rng.randrange(len(lines))
        lines[i] = " " * rng.choice([0, 1, 2, 3, 4, 6, 8]) + lines[i].lstrip(" ")
    return "\n".join(lines).encode("utf-8", "surrogateescape")


def number_mutation(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8", "replace")
    value = rng.choice(INTERESTING_NUMBERS)
    kind = rng.randrange(4)
    numbers = list(re.finditer(r"(?<![\w.])-?\d+(\.\d+)?([eE][-+]?\d+)?(?![\w.])", text))
    if kind == 0 and numbers:  # replace a number
        match = rng.choice(numbers)
        return (text[:match.start()] + value + text[match.end():]).encode()
    if kind == 1:  # a numeric key inside a flow mapping: { load: 1e308, ... }
        flows = [m for m in re.finditer(r"\{ ?", text)]
        if flows:
            match = rng.choice(flows)
            return (text[:match.end()] + f"{rng.choice(NUMERIC_KEYS)}: {value}, " + text[match.end():]).encode()
    if kind == 2 and text.lstrip().startswith("{"):  # JSON: a numeric member at the top
        start = text.index("{") + 1
        return (text[:start] + f"\"budget\": {{\"attention\": {value}}}, " + text[start:]).encode()
    # YAML: the top-level numeric sections replaced
    kept = re.sub(r"(?m)^(budget|policy):.*(\n[ \t]+.*)*\n?", "", text)
    other = rng.choice(INTERESTING_NUMBERS)
    section = rng.choice([f"budget: {{ attention: {value}, modules: {other} }}",
                          f"policy: {{ isolate-max-open-bits: {value}, share-context-ratio: {other} }}",
                          f"budget: {{ modules: {value} }}"])
    return (kept.rstrip("\n") + "\n" + section + "\n").encode()


def mutate(data: bytes, rng: random.Random) -> bytes:
    for _ in range(rng.choice([1, 1, 1, 1, 2, 3])):
        data = rng.choice([byte_mutation, structure_mutation, structure_mutation, number_mutation, number_mutation])(data, rng)
    return data


# MARK: running

def run_child(argv, cwd, hang_seconds):
    """Runs argv; returns (status, signal, cpu_seconds, wall_seconds, max_rss_kib, stdout, stderr, hung)."""
    out_path, err_path = os.path.join(cwd, ".stdout"), os.path.join(cwd, ".stderr")
    actions = [(os.POSIX_SPAWN_OPEN, 0, "/dev/null", os.O_RDONLY, 0),
               (os.POSIX_SPAWN_OPEN, 1, out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
               (os.POSIX_SPAWN_OPEN, 2, err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)]
    environment = dict(os.environ, NO_COLOR="1")
    previous = os.getcwd()
    os.chdir(cwd)
    try:
        start = time.monotonic()
        pid = os.posix_spawn(argv[0], argv, environment, file_actions=actions)
    finally:
        os.chdir(previous)
    hung = threading.Event()

    def kill():
        hung.set()
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    timer = threading.Timer(hang_seconds, kill)
    timer.start()
    _, status, usage = os.wait4(pid, 0)
    timer.cancel()
    wall = time.monotonic() - start
    with open(out_path, "rb") as f:
        stdout = f.read()
    with open(err_path, "rb") as f:
        stderr = f.read()
    os.unlink(out_path)
    os.unlink(err_path)
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
    sig = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
    return code, sig, usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss, stdout, stderr, hung.is_set()


def command_line(binary, command, document):
    if command == "score":
        return [binary, "score", document], None
    if command == "explain":
        return [binary, "explain", document], None
    if command == "check":
        return [binary, "check", document, "-o", "out/check.txt"], "out/check.txt"
    if command == "plan":
        return [binary, "plan", document, "-o", "out/plan.yaml"], "out/plan.yaml"
    return [binary, "render", document, "-o", "out/diagram.dot"], "out/diagram.dot"


def check_run(result, output, work, max_seconds, max_kib):
    code, sig, cpu, wall, rss, stdout, stderr, hung = result
    problems = []
    if hung:
        problems.append(f"hang: still running after {wall:.1f} s, killed")
    elif sig is not None:
        problems.append(f"signal {sig} ({signal.Signals(sig).name})")
    elif code not in (0, 1, 2):
        problems.append(f"exit {code}")
    text = stderr.decode("utf-8", "replace")
    out_dir = os.path.join(work, "out")
    leftovers = [n for n in os.listdir(out_dir) if n.endswith(".tmp")] if os.path.isdir(out_dir) else []
    if leftovers:
        problems.append(f"temporary files left: {leftovers}")
    if code == 2:
        if not LOCATED.search(text):
            problems.append("exit 2 without a located error (file:line:col: error: what — fix)")
        if stdout:
            problems.append("exit 2 wrote to stdout")
        if output and os.path.exists(os.path.join(work, output)):
            problems.append("exit 2 but the output file was written")
    if code in (0, 1) and output and not os.path.exists(os.path.join(work, output)):
        problems.append(f"exit {code} but no output file")
    if cpu > max_seconds:
        problems.append(f"slow: {cpu:.2f} s of CPU (limit {max_seconds} s; wall {wall:.2f} s)")
    if rss > max_kib:
        problems.append(f"memory: {rss // 1024} MiB peak (limit {max_kib // 1024} MiB)")
    return problems


def main():
    parser = argparse.ArgumentParser(description="Mutation fuzzing of the seams binary.")
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/debug/seams"))
    parser.add_argument("--seed", type=int, default=int(os.environ.get("FUZZ_SEED", "1")))
    parser.add_argument("--runs", type=int, default=int(os.environ.get("FUZZ_RUNS", "1000")), help="0: no limit")
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("FUZZ_SECONDS", "60")), help="0: no limit")
    parser.add_argument("--max-seconds", type=float, default=2.0, help="CPU time allowed per run")
    parser.add_argument("--max-mib", type=int, default=512, help="peak resident memory allowed per run")
    parser.add_argument("--hang-seconds", type=float, default=30.0, help="wall time after which a run is killed as a hang")
    parser.add_argument("--failures", default=os.environ.get("FUZZ_FAILURES", os.path.join(ROOT, ".build/fuzz-failures")))
    args = parser.parse_args()
    if args.runs <= 0 and args.seconds <= 0:
        parser.error("give --runs or --seconds (FUZZ_RUNS / FUZZ_SECONDS), or both")
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        parser.error(f"no executable at {binary}; build it first (swift build)")
    corpus = [(path, open(path, "rb").read()) for path in seeds()]
    samples = [entry for entry in corpus if os.path.relpath(entry[0], ROOT).startswith("Samples")]
    work = tempfile.mkdtemp(prefix="seams-fuzz-")
    started = time.monotonic()
    counts = {"runs": 0, "failures": 0}
    exits = {}
    per_command = {c: 0 for c in COMMANDS}
    slowest = (0.0, "")
    largest = (0, "")
    failures = []
    try:
        index = 0
        while (args.runs <= 0 or index < args.runs) and (args.seconds <= 0 or time.monotonic() - started < args.seconds):
            rng = random.Random(args.seed * 1_000_003 + index)
            # Half the runs start from a Seams document (Samples/), which every command reads fully.
            pool = samples if samples and rng.random() < 0.5 else corpus
            seed_path, seed_data = pool[rng.randrange(len(pool))]
            mutant = mutate(seed_data, rng)
            command = COMMANDS[rng.randrange(len(COMMANDS))]
            extension = os.path.splitext(seed_path)[1]
            document = f"doc{extension}"
            shutil.rmtree(os.path.join(work, "out"), ignore_errors=True)
            os.makedirs(os.path.join(work, "out"))
            with open(os.path.join(work, document), "wb") as f:
                f.write(mutant)
            argv, output = command_line(binary, command, document)
            result = run_child(argv, work, args.hang_seconds)
            problems = check_run(result, output, work, args.max_seconds, args.max_mib * 1024)
            counts["runs"] += 1
            per_command[command] += 1
            key = "signal" if result[1] is not None else str(result[0])
            exits[key] = exits.get(key, 0) + 1
            label = f"run {index} ({command} of a mutant of {os.path.relpath(seed_path, ROOT)})"
            slowest = max(slowest, (result[2], label))
            largest = max(largest, (result[4], label))
            if problems:
                counts["failures"] += 1
                os.makedirs(args.failures, exist_ok=True)
                saved = os.path.join(args.failures, f"seed{args.seed}-run{index}{extension}")
                with open(saved, "wb") as f:
                    f.write(mutant)
                replay = " ".join(a if a != document else saved for a in argv[1:])
                failures.append(f"{label}: {'; '.join(problems)}\n    replay: seams {replay}\n    stderr: "
                                + result[6].decode("utf-8", "replace").strip()[:300].replace("\n", "\n            "))
                print(failures[-1], file=sys.stderr, flush=True)
            index += 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    elapsed = time.monotonic() - started
    print(f"fuzz: seed {args.seed}, {counts['runs']} runs in {elapsed:.0f} s over {len(corpus)} seed files; "
          f"exits {dict(sorted(exits.items()))}; commands {per_command}")
    print(f"fuzz: slowest {slowest[0]:.2f} s CPU ({slowest[1]}); largest {largest[0] // 1024} MiB ({largest[1]})")
    print(f"fuzz: {counts['failures']} failing run{'s' if counts['failures'] != 1 else ''}"
          + (f"; mutants saved in {args.failures}" if counts["failures"] else ""))
    return 1 if counts["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
