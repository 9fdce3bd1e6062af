#!/usr/bin/env python3
"""Writes the large and hostile inputs measured in BENCHMARKS.md ("Largest inputs") into
target/inputs/: too big to commit, quick to make. Run from the project folder:

    python3 benches/inputs/generate.py
"""
import os

HEADER = open("tests/fixtures/minimal.yaml").read().split("\nsections:\n")[0] + "\nsections:\n"
OUT = "target/inputs"
LIMIT = 1024 * 1024


def write(name, text):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "w") as f:
        f.write(text)
    print(f"{OUT}/{name}: {len(text.encode())} bytes")


def section(i, questions):
    return f"  - id: s{i}\n    title: \"S{i}\"\n    intro: \"I\"\n    questions:\n" + questions


def late_ids(n):
    """Questions whose `id:` comes after block-style choices that repeat an id: one
    problem per question, each located by the question's id (was cubic)."""
    q = "".join(
        f"      - kind: choice\n        text: \"T\"\n        label: \"L\"\n        choices:\n"
        + "".join(f"          - id: c\n            label: \"C\"\n" for _ in range(3))
        + f"        id: q{k}\n"
        for k in range(n)
    )
    return HEADER + section(0, q)


def chained(limit):
    """The largest bank under the limit: yes/no questions, each asked only when the one
    before was answered yes, 50 to a section."""
    out, k = [HEADER], 0
    size = len(HEADER)
    while True:
        qs = []
        for j in range(50):
            when = f"        when: {{question: q{k - 1}, if_any: [\"yes\"]}}\n" if k else ""
            qs.append(f"      - id: q{k}\n        kind: yes_no\n{when}        text: \"T\"\n        label: \"L\"\n")
            k += 1
        part = section(k // 50, "".join(qs))
        if size + len(part) > limit:
            return "".join(out), k - 50
        out.append(part)
        size += len(part)


def placeholders_everywhere(limit):
    """The most questions under the limit whose text and label each hold an unknown
    placeholder: two problems per question, each located by its path."""
    out, size, k = [HEADER], len(HEADER), 0
    while True:
        qs = "".join(
            f"      - id: q{k * 50 + j}\n        kind: yes_no\n        text: \"T {{x}}\"\n        label: \"L {{y}}\"\n"
            for j in range(50)
        )
        part = section(k, qs)
        if size + len(part) > limit:
            return "".join(out)
        out.append(part)
        size += len(part)
        k += 1


def main():
    # 4,000 questions (868 KB), two problems each.
    write("late-ids-4000.yaml", late_ids(4000))
    write("placeholders-everywhere.yaml", placeholders_everywhere(LIMIT))
    bank, n = chained(LIMIT)
    write("chained.yaml", bank)
    write("chained-answers.yaml", "".join(f"q{k}: \"yes\"\n" for k in range(n)))
    for n in (10_000, 40_000):
        write(f"unknown-ids-{n}.yaml", "".join(f"unknown_question_{k}: \"yes\"\n" for k in range(n)))
    # The largest answers file under the limit: unknown ids, one error each.
    lines, size, k = [], 0, 0
    while True:
        line = f"unknown_question_{k}: \"yes\"\n"
        if size + len(line) > LIMIT:
            break
        lines.append(line)
        size += len(line)
        k += 1
    write("unknown-ids-largest.yaml", "".join(lines))
    # The default bank's quiet answers with a free-text answer of about 1 MB.
    quiet = open("tests/answers/quiet.yaml").read()
    text = ("x " * 520_000)[:1_040_000]
    write("big-text-answers.yaml", quiet.replace('anything_else: ""', f'anything_else: "{text}"'))


main()
