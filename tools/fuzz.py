"""Fuzzing policydiff with mutated report text: nothing may crash, every JSON output must be strict.

usage: python tools/fuzz.py [--extract N] [--audit N] [--seed S] [--jobs J] [--save DIR] [--replay KIND:I]

Two targets, each input made from the real reports in ``seeds/`` (not part of the default test run; a smoke
run of a few inputs is in tests/test_fuzz.py):

- ``extract`` (default 100,000 inputs): a text through parse, then extract of the plan and of the review side,
  and parse_quantities of a random slice. Most inputs are small two-part reports built from real review and plan
  paragraphs, then mutated; some are windows of whole reports, some random strings.
- ``audit`` (default 5,000 inputs): a pair made of paragraphs of two consecutive real reports, mutated, through
  the whole audit (sometimes with --qualitative) and every writer: table, csv, json, jsonl, markdown, html,
  sqlite, xlsx, the DataFrame, --explain as text and JSON, the plan diff in every format; one in five goes
  through the command line instead, from files in UTF-8, GB18030 or UTF-16, with two --formats and -o.

Mutations, one to four per input: splice in a paragraph of another report, insert a number (thousands
separators, full-width digits, Chinese numerals, 1e400, a 400-digit figure, ranges, 多/近/超过), insert odd
whitespace or a control, direction, zero-width or combining character, HTML debris, truncate, delete or
duplicate a stretch, shuffle paragraphs, change line breaks, renumber headings.

A failure is an exception other than :class:`policydiff.PolicydiffError` (which is the refusal the CLI prints as
``Error:``), a JSON output with NaN or Infinity, a statement whose span does not slice its text out of the
document, an exit status other than 0 or 2, or an input slower than ``--timeout``. Each failing input is saved
in ``--save`` with its traceback; ``--replay extract:123`` runs one input again. Inputs are numbered and seeded,
so a run is reproducible. The summary gives the counts, the failures by kind and the slowest input's time.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import random
import re
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Final

from policydiff.errors import PolicydiffError
from policydiff.model import SectionKind

ROOT: Final = Path(__file__).resolve().parents[1]
SEEDS: Final = ROOT / "seeds"
#: Seconds one input may take before it counts as a failure (a runaway regular expression, a quadratic loop).
TIMEOUT: Final = 30.0
NUMBERS: Final = (
    "1200万人", "3.5%", "1,200", "12,000,000", "1,200万人以上", "一千二百万", "两所", "1e400", "9" * 400, "0.0000001",
    "−5%", "5％", "1200 万人", "1200\xa0万人", "1200&nbsp;万人", "1200\u2009万", "12\u200b00万元", "３．５％",
    "1.2.3", "100亿元以上", "3个百分点左右", "6.5%－7%", "20多万", "近1500万", "超过1.4万亿斤", "Infinity", "NaN",
    "1/3", "50%—60%", "5%~6%", "2.5万亿元左右", "10000亿", "0%", "-0", "1.3万亿斤", "百分之五", "千分之三",
    "1.5倍", "30万平方米", "7.5％左右", "4.5万个", "12.3万亿美元", "２０２５年", "1e-9", "۱۲۳",
)  # fmt: skip
ODD: Final = (
    " ", "\xa0", "\u2009", "\u3000", "\u200b", "\u200c", "\u200d", "\ufeff", "\t", "\r", "\r\n", "\x0b", "\x0c",
    "\x00", "\x01", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066",
    "\u2069", "\u0301", "\u20dd", "\ufe0f", "\ue000", "😀", "𠀀", "\u00ad", "\u2060", "\ufffd", "&nbsp;", "&amp;",
)  # fmt: skip
DEBRIS: Final = (
    "<p>", "</p>", "<script>alert(1)</script>", "<b>|</b>", "| a | b |", "**", "`", "\\", '"', "'", "{", "}",
    "一、", "（一）", "第一部分", "各位代表：", "2025年工作安排", "过去一年", "今年", "打印",
    "【字号：加大 还原 减小】",
)  # fmt: skip
RANDOM_ALPHABET: Final = (
    "0123456789.,%％万亿元人个以上左右增长下降新增建成完成年月日" + "一二三四五六七八九十、。，；：（）\n abc"
)


# -- inputs --------------------------------------------------------------------------------------------------


class Corpus:
    """The seeds' texts, their review and plan paragraphs, and the consecutive pairs among them."""

    def __init__(self, paths: list[Path] | None = None) -> None:
        from policydiff.pipeline import read

        self.texts: dict[str, str] = {}
        self.parts: dict[str, tuple[list[str], list[str], int]] = {}  # name -> (review, plan paragraphs, year)
        for path in paths or sorted(SEEDS.glob("*.txt")):
            doc = read(str(path))
            self.texts[path.stem] = doc.text
            review, plan = [], []
            for s in (s for s in doc.sections if s.level == 1):
                paras = [p for p in s.span.slice(doc.text).split("\n") if p.strip()]
                (review if s.kind is SectionKind.REVIEW else plan if s.kind is SectionKind.PLAN else []).extend(paras)
            if review and plan and doc.report_year:
                self.parts[path.stem] = (review, plan, doc.report_year)
        self.names = sorted(self.parts)
        self.pairs = [
            (a, b)
            for a in self.names
            for b in self.names
            if a.rsplit("-", 1)[0] == b.rsplit("-", 1)[0] and self.parts[b][2] == self.parts[a][2] + 1
        ]

    def paragraph(self, rng: random.Random) -> str:
        review, plan, _ = self.parts[rng.choice(self.names)]
        return rng.choice(review + plan)

    def mini(self, rng: random.Random, name: str, *, mutated: float = 0.0) -> str:
        """A two-part report: some of ``name``'s review paragraphs, then some of its plan paragraphs.

        Each part's body is mutated with probability ``mutated`` (its heading is kept, so most reach extraction).
        """
        review, plan, year = self.parts[name]
        bodies = []
        for paragraphs in (review, plan):
            picked = sorted(rng.sample(range(len(paragraphs)), min(len(paragraphs), rng.randint(1, 12))))
            body = "\n".join(paragraphs[i] for i in picked)
            bodies.append(mutate(body, rng, self) if rng.random() < mutated else body)
        return f"各位代表：\n一、{year - 1}年工作回顾\n{bodies[0]}\n二、{year}年工作安排\n{bodies[1]}\n"


def mutate(text: str, rng: random.Random, corpus: Corpus) -> str:
    """``text`` with one to four random mutations."""
    for _ in range(rng.randint(1, 4)):
        text = rng.choice(MUTATIONS)(text, rng, corpus)
    return text


def _at(text: str, rng: random.Random) -> int:
    return rng.randint(0, len(text))


def _insert(text: str, rng: random.Random, piece: str) -> str:
    i = _at(text, rng)
    return text[:i] + piece + text[i:]


HEADING: Final = re.compile(r"^([一二三四五六七八九十]+)、", re.MULTILINE)


def _paragraphs(text: str) -> list[str]:
    return text.split("\n")


MUTATIONS: Final[tuple[Callable[[str, random.Random, Corpus], str], ...]] = (
    lambda t, r, c: _insert(t, r, "\n" + c.paragraph(r) + "\n"),  # splice
    lambda t, r, c: _insert(t, r, r.choice(NUMBERS)),
    lambda t, r, c: _insert(t, r, str(r.choice((r.randint(0, 10 ** r.randint(1, 30)), r.uniform(-1e6, 1e6))))),
    lambda t, r, c: _insert(t, r, r.choice(ODD) * r.randint(1, 3)),
    lambda t, r, c: re.sub(r"(\d)", lambda m: m[1] + (r.choice(ODD) if r.random() < 0.3 else ""), t),
    lambda t, r, c: _insert(t, r, r.choice(DEBRIS)),
    lambda t, r, c: t[: _at(t, r)],  # truncate
    lambda t, r, c: t[_at(t, r) :],
    lambda t, r, c: (lambda i, j: t[: min(i, j)] + t[max(i, j) :])(_at(t, r), _at(t, r)),  # delete a stretch
    lambda t, r, c: (lambda i, j: t[: max(i, j)] + t[min(i, j) : max(i, j)] + t[max(i, j) :])(_at(t, r), _at(t, r)),
    lambda t, r, c: "\n".join(r.sample(_paragraphs(t), len(_paragraphs(t)))),  # shuffle paragraphs
    lambda t, r, c: t.replace("\n", r.choice(("\r\n", "\r", "", " ", "\n\n", "\u2029"))),
    lambda t, r, c: HEADING.sub(lambda m: r.choice(("", "1.", m[1] + ".", "第一，")), t),  # renumber headings
    lambda t, r, c: t.replace("。", r.choice(("", ".", "；", "。\n"))),
)


def random_text(rng: random.Random) -> str:
    """A random string: mostly report-like characters, sometimes any character of the BMP and beyond."""
    n = rng.choice((0, 1, 5, 50, 500, 3000))
    if rng.random() < 0.7:
        return "".join(rng.choice(RANDOM_ALPHABET) for _ in range(n))
    out = []
    for _ in range(n):
        cp = rng.randint(0, 0x2FFFF)
        out.append(chr(cp) if not 0xD800 <= cp <= 0xDFFF else "?")  # decoded files never hold lone surrogates
    return "".join(out)


def extract_input(i: int, seed: int, corpus: Corpus) -> str:
    """Input number ``i`` of the extraction target."""
    rng = random.Random(f"{seed}:extract:{i}")
    kind = rng.random()
    if kind < 0.1:
        return random_text(rng)
    if kind < 0.25:
        text = corpus.texts[rng.choice(list(corpus.texts))]
        start = rng.randint(0, len(text))
        base = text[start : start + rng.randint(200, 20000)]
    else:
        base = corpus.mini(rng, rng.choice(corpus.names), mutated=0.9)
        return mutate(base, rng, corpus) if rng.random() < 0.3 else base
    return mutate(base, rng, corpus)


def audit_input(i: int, seed: int, corpus: Corpus) -> tuple[str, str, bool, bool, str]:
    """Input number ``i`` of the audit target: plan text, review text, qualitative, through the CLI, encoding."""
    rng = random.Random(f"{seed}:audit:{i}")
    plan_name, review_name = rng.choice(corpus.pairs)
    plan = corpus.mini(rng, plan_name, mutated=0.8)
    review = corpus.mini(rng, review_name, mutated=0.8)
    if rng.random() < 0.2:
        plan = mutate(plan, rng, corpus)
    if rng.random() < 0.2:
        review = mutate(review, rng, corpus)
    encoding = rng.choice(("utf-8", "utf-8", "gb18030", "utf-16"))
    return plan, review, rng.random() < 0.3, rng.random() < 0.2, encoding


# -- checks --------------------------------------------------------------------------------------------------


class Failure(Exception):
    """An invariant broken (the input is saved with this message)."""


def strict_json(text: str, what: str) -> Any:
    """Parse ``text`` as strict JSON (NaN and Infinity refused)."""

    def refuse(name: str) -> None:
        raise Failure(f"{what}: not strict JSON ({name})")

    return json.loads(text, parse_constant=refuse)


def check_spans(doc: Any, statements: Any) -> None:
    for st in statements:
        if st.span.slice(doc.text) != st.text:
            raise Failure(f"span {st.span} does not slice {st.text!r} out of the text")


def check_row_spans(result: Any) -> None:
    """The audit rows' spans index each file's text as decoded and slice out the quotes the rows show."""
    for row in result.rows:
        for column, span_column, doc in (
            ("commitment", "plan_span", result.plan),
            ("evidence", "evidence_span", result.review),
        ):
            span = row[span_column]
            if span is not None and row[column] is not None and doc.source[span[0] : span[1]] != row[column]:
                raise Failure(f"{span_column} {span} does not slice {row[column]!r} out of the file's text")


def run_extract(text: str) -> str:
    """One extraction input; returns how far it got ('refused' or 'extracted')."""
    from policydiff.extract import extract
    from policydiff.parse import parse
    from policydiff.quantities import parse_quantities

    if text:
        start = len(text) // 3
        parse_quantities(text[start : start + 200])
    try:
        doc = parse(text)
    except PolicydiffError:
        return "refused"
    for side in ("plan", "review"):
        check_spans(doc, extract(doc, side=side))  # type: ignore[arg-type]
    return "extracted"


def run_audit(plan: str, review: str, qualitative: bool, cli: bool, encoding: str, tmp: Path) -> str:
    """One audit input through the library and every writer, or through the command line."""
    if cli:
        return _run_cli(plan, review, qualitative, encoding, tmp)
    from policydiff.diff import diff_plans
    from policydiff.explain import explain_json, explain_text
    from policydiff.pipeline import audit

    try:
        result = audit(plan, review, qualitative=qualitative)
    except PolicydiffError:
        return "refused"
    check_spans(result.plan, [v.commitment for v in result.verdicts])
    check_spans(result.review, [v.evidence for v in result.verdicts if v.evidence is not None])
    check_row_spans(result)
    for fmt in ("table", "csv", "markdown", "html"):
        result.render(fmt)
    strict_json(result.render("json"), "json")
    for line in result.render("jsonl").split("\n")[:-1]:  # JSON Lines end lines with \\n only
        strict_json(line, "jsonl")
    result.to_frame()
    for fmt in ("sqlite", "xlsx"):
        getattr(result, f"to_{fmt}")(str(tmp / f"audit.{fmt}"))
        (tmp / f"audit.{fmt}").unlink()
    if result.verdicts:
        commitment_id = result.verdicts[len(result.verdicts) // 2].commitment.id
        explain_text(result, commitment_id)
        strict_json(explain_json(result, commitment_id), "explain json")
    if int(hashlib.sha1(plan.encode("utf-8", "replace")).hexdigest(), 16) % DIFF_EVERY == 0:
        plan_diff = diff_plans(result.plan, result.review)
        for fmt in ("table", "csv", "html"):
            plan_diff.render(fmt)
        strict_json(plan_diff.render("json"), "diff json")
    return "audited"


def _run_cli(plan: str, review: str, qualitative: bool, encoding: str, tmp: Path) -> str:
    from policydiff.cli import main

    files = []
    for name, text in (("plan.txt", plan), ("review.txt", review)):
        (tmp / name).write_bytes(text.encode(encoding, errors="replace"))
        files.append(str(tmp / name))
    rng = random.Random(plan + review)
    runs = [["audit", *files, "--format", fmt, "-o", str(tmp / f"out.{fmt}")] for fmt in rng.sample(FORMATS_CLI, 2)]
    runs.append(["extract", files[0], "--format", "json", "-o", str(tmp / "extract.json")])
    if rng.random() < 1 / DIFF_EVERY:
        runs.append(["diff", *files, "--format", "json", "-o", str(tmp / "diff.json")])
    outcome = "refused"
    for argv in runs:
        if qualitative and argv[0] == "audit":
            argv.append("--qualitative")
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = main(argv)
        if code not in (0, 2):
            raise Failure(f"{argv[:1]} exited {code}")
        if code == 2 and (err.getvalue().count("\n") != 1 or not err.getvalue().startswith("Error: ")):
            raise Failure(f"exit 2 without one Error line: {err.getvalue()!r}")
        out = Path(argv[argv.index("-o") + 1])
        if code == 0:
            outcome = "audited"
            if out.suffix == ".json":
                strict_json(out.read_text(encoding="utf-8"), " ".join(argv[:1] + argv[3:5]))
            elif out.suffix == ".jsonl":
                for line in out.read_text(encoding="utf-8").split("\n")[:-1]:
                    strict_json(line, "jsonl")
            out.unlink()
        elif out.exists():
            raise Failure(f"{argv[0]} exited 2 but wrote {out.name}")
    return outcome


FORMATS_CLI: Final = ("table", "csv", "json", "jsonl", "markdown", "html", "sqlite", "xlsx")
#: One audit input in this many also goes through the plan diff, whose redline may take its 2 s timeout.
DIFF_EVERY: Final = 10


# -- running -------------------------------------------------------------------------------------------------


def _alarm(signum: int, frame: object) -> None:
    raise TimeoutError("input took longer than the timeout")


def run_chunk(
    kind: str, indices: list[int], seed: int, save: str, timeout: float, corpus: Corpus | None = None
) -> dict[str, Any]:
    """Run inputs ``indices`` of one target; the counts, failures and slowest input of the chunk."""
    corpus = corpus or _corpus()
    outcomes: Counter[str] = Counter()
    failures: list[tuple[int, str]] = []
    slowest = (0.0, -1, 0)
    signal.signal(signal.SIGALRM, _alarm)
    with tempfile.TemporaryDirectory(prefix="policydiff-fuzz-") as tmp:
        for i in indices:
            data = extract_input(i, seed, corpus) if kind == "extract" else audit_input(i, seed, corpus)
            size = len(data) if isinstance(data, str) else len(data[0]) + len(data[1])
            started = time.perf_counter()
            signal.setitimer(signal.ITIMER_REAL, timeout)
            try:
                if isinstance(data, str):
                    outcomes[run_extract(data)] += 1
                else:
                    outcomes[run_audit(*data, Path(tmp))] += 1
            except Exception as exc:  # every other exception is what the fuzzer looks for
                signal.setitimer(signal.ITIMER_REAL, 0)
                outcomes["failed"] += 1
                failures.append((i, f"{type(exc).__name__}: {str(exc)[:200]}"))
                _save(Path(save), kind, i, data, traceback.format_exc())
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            took = time.perf_counter() - started
            if took > slowest[0]:
                slowest = (took, i, size)
    return {"outcomes": outcomes, "failures": failures, "slowest": slowest}


_CORPUS: list[Corpus] = []


def _corpus() -> Corpus:
    if not _CORPUS:
        _CORPUS.append(Corpus())
    return _CORPUS[0]


def _save(folder: Path, kind: str, i: int, data: Any, trace: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    texts = [data] if isinstance(data, str) else list(data[:2])
    for n, text in enumerate(texts):
        (folder / f"{kind}-{i}-{n}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    (folder / f"{kind}-{i}.traceback").write_text(f"{data[2:] if not isinstance(data, str) else ''}\n{trace}")


def chunks(n: int, size: int) -> Iterator[list[int]]:
    for start in range(0, n, size):
        yield list(range(start, min(n, start + size)))


def run(kind: str, n: int, *, seed: int, jobs: int, save: str, timeout: float) -> dict[str, Any]:
    """Run ``n`` inputs of one target in ``jobs`` processes; the merged counts."""
    total: dict[str, Any] = {"outcomes": Counter(), "failures": [], "slowest": (0.0, -1, 0)}
    started = time.perf_counter()
    size = max(1, min(500 if kind == "extract" else 50, n // max(1, jobs)))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(run_chunk, kind, c, seed, save, timeout) for c in chunks(n, size)]
        for done, future in enumerate(futures, start=1):
            part = future.result()
            if done % max(1, len(futures) // 20) == 0:  # about twenty progress lines a target
                elapsed = time.perf_counter() - started
                print(f"  {kind}: {done * size} of {n} in {elapsed:.0f} s", file=sys.stderr, flush=True)
            total["outcomes"].update(part["outcomes"])
            total["failures"].extend(part["failures"])
            total["slowest"] = max(total["slowest"], part["slowest"])
    total["seconds"] = time.perf_counter() - started
    return total


def summary(kind: str, n: int, total: dict[str, Any]) -> str:
    took, i, size = total["slowest"]
    outcomes = ", ".join(f"{k} {v}" for k, v in sorted(total["outcomes"].items()))
    kinds = Counter(f.split(":")[0] for _, f in total["failures"])
    lines = [
        f"{kind}: {n} inputs in {total['seconds']:.0f} s ({outcomes}); {len(total['failures'])} failures"
        + (f" ({', '.join(f'{k} {v}' for k, v in kinds.most_common())})" if kinds else ""),
        f"  slowest input: {kind}:{i}, {took:.3f} s ({size} characters)",
    ]
    lines.extend(f"  failed {kind}:{i}: {why}" for i, why in total["failures"][:10])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--extract", type=int, default=100_000, metavar="N", help="extraction inputs (100000)")
    parser.add_argument("--audit", type=int, default=5_000, metavar="N", help="audit inputs (5000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=1, help="processes (default 1)")
    parser.add_argument("--save", default=str(Path(tempfile.gettempdir()) / "policydiff-fuzz"), metavar="DIR")
    parser.add_argument("--timeout", type=float, default=TIMEOUT, metavar="SECONDS")
    parser.add_argument("--replay", metavar="KIND:I", help="run one input again and print its traceback")
    args = parser.parse_args(argv)
    if args.replay:
        kind, i = args.replay.split(":")
        corpus = _corpus()
        data = extract_input(int(i), args.seed, corpus) if kind == "extract" else audit_input(int(i), args.seed, corpus)
        with tempfile.TemporaryDirectory() as tmp:
            print(run_extract(data) if isinstance(data, str) else run_audit(*data, Path(tmp)))
        return 0
    failed = 0
    for kind, n in (("extract", args.extract), ("audit", args.audit)):
        if n > 0:
            total = run(kind, n, seed=args.seed, jobs=args.jobs, save=args.save, timeout=args.timeout)
            print(summary(kind, n, total), flush=True)
            failed += len(total["failures"])
    if failed:
        print(f"failing inputs saved in {args.save}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
