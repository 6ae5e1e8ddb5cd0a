"""``policydiff`` on the command line: a thin client of the library.

Expected failures print one ``Error: ...`` line on stderr and exit 2; nothing is written then. An output file
is checked before the work starts (a regular file or a new one, not one of the inputs) and written whole or not
at all. A closed pipe on standard output ends quietly with status 141 (as SIGPIPE would), a full one with an
Error line and status 1, Ctrl-C with an Error line and status 130; none leaves a partial output file.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

import attrs

from policydiff import __version__
from policydiff.cluster import one_thread
from policydiff.corpus import ENGINES, SUFFIXES, audit_corpus, report_files
from policydiff.corrections import read_corrections
from policydiff.errors import OutputError, PolicydiffError
from policydiff.extract import extract
from policydiff.load import CONTAINER_FACTOR, MAX_SIZE, MB
from policydiff.model import Document
from policydiff.output import check_output, write_atomic
from policydiff.pipeline import audit, check_pair, read
from policydiff.report import CORPUS_FORMATS, FILE_FORMATS, FORMATS, Audit, Corpus, csv_text, statement_row

EXIT_OK: Final = 0
EXIT_BAD_INPUT: Final = 2
#: Standard output could not take the output (a full device, a closed descriptor): an Error line, like cat.
EXIT_STDOUT_FAILED: Final = 1
#: The shell's statuses for a program ended by a signal (128 + its number): SIGINT (Ctrl-C) and SIGPIPE.
EXIT_INTERRUPTED: Final = 130
EXIT_SIGPIPE: Final = 141
_CHUNK: Final = 1 << 16  # bytes per write to standard output: a pipe's usual capacity


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse's own exit 2, but in our one-line format
        self.exit(EXIT_BAD_INPUT, f"Error: {message} (see 'policydiff --help')\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = _Parser(prog="policydiff", description="Did the government do what it said it would?")
    parser.add_argument("--version", action="version", version=f"policydiff {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("audit", help="audit report N's plan against report N+1")
    p.add_argument("plan", type=_report_path, help="report N (its plan part holds year N's commitments)")
    p.add_argument("review", type=_report_path, help="report N+1 (its review part says what happened in year N)")
    p.add_argument("--format", choices=(*FORMATS, *FILE_FORMATS), default="table", help="sqlite and xlsx need -o PATH")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")
    _add_datasette(p)
    p.add_argument(
        "--explain",
        metavar="ID",
        help="show the candidates considered for one commitment (text, or JSON with --format json)",
    )
    p.add_argument(
        "--corrections",
        metavar="CSV",
        help="reviewer corrections by commitment id (columns id,status,note): they replace the machine's verdicts",
    )
    p.add_argument(
        "--qualitative", action="store_true", help="also audit milestone promises without a number (建成X, 开工建设X)"
    )
    _add_max_size(p)

    p = sub.add_parser("corpus", help="audit every consecutive pair of reports among files and folders")
    p.add_argument("paths", nargs="+", metavar="PATH", help="report files, or folders of them (.txt .html .docx .pdf)")
    p.add_argument(
        "--format", choices=(*CORPUS_FORMATS, *FILE_FORMATS), default="table", help="sqlite and xlsx need -o PATH"
    )
    p.add_argument("-o", "--output", help="write to this file instead of standard output")
    _add_datasette(p)
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="audit pairs in N processes (default 1)")
    p.add_argument(
        "--qualitative", action="store_true", help="also audit milestone promises without a number (建成X, 开工建设X)"
    )
    p.add_argument("--engine", choices=ENGINES, default="processes", help="processes here (--jobs) or a Dask cluster")
    p.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler (tcp://host:8786); else a local cluster")
    p.add_argument("--quiet", action="store_true", help="no progress bar (there is none when stderr is not a terminal)")
    _add_max_size(p)

    p = sub.add_parser(
        "diff", help="compare the plans of two consecutive reports: targets raised, lowered, new, dropped"
    )
    p.add_argument("before", type=_report_path, help="report N")
    p.add_argument("after", type=_report_path, help="report N+1")
    p.add_argument("--format", choices=("table", "csv", "json", "html"), default="table")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")
    _add_max_size(p)

    p = sub.add_parser("targets", help="set each plan target of one report beside last year's outcome")
    p.add_argument("report", type=_report_path)
    p.add_argument("--format", choices=("table", "csv", "json", "html"), default="table")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")
    _add_max_size(p)

    p = sub.add_parser("history", help="each target's record over the years, across every consecutive pair")
    p.add_argument("paths", nargs="+", metavar="PATH", help="report files, or folders of them (.txt .html .docx .pdf)")
    p.add_argument("--indicator", metavar="WORD", help="only the series that name this indicator (城镇新增就业)")
    p.add_argument("--government", metavar="NAME", help="only this government's reports (国务院, or a file name part)")
    p.add_argument("--format", choices=("table", "csv", "json", "html"), default="table")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="audit pairs in N processes (default 1)")
    _add_max_size(p)

    p = sub.add_parser("extract", help="list the quantified statements of one report")
    p.add_argument("report", type=_report_path)
    p.add_argument("--side", choices=("plan", "review"), default="plan")
    p.add_argument("--format", choices=("table", "json", "jsonl", "csv"), default="table")
    p.add_argument("-o", "--output")
    _add_max_size(p)

    p = sub.add_parser("outline", help="print the section tree of a report with kinds and years")
    p.add_argument("report", type=_report_path)
    p.add_argument("--format", choices=("table", "json"), default="table")
    _add_max_size(p)

    p = sub.add_parser("rules", help="list the rules the audit applies, with their effect, weight and examples")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p = sub.add_parser("eval", help="score an audit against your hand-labelled gold CSV (format in docs/cli.md)")
    p.add_argument("gold", help="a gold audit of this pair: id,plan_quote,...,status,note")
    p.add_argument("plan", type=_report_path)
    p.add_argument("review", type=_report_path)
    p.add_argument("--verbose", action="store_true", help="list the gold rows the audit got wrong")
    _add_max_size(p)
    return parser


def _add_datasette(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--datasette",
        action="store_true",
        help="with --format sqlite: also write metadata.json beside the database (facets for Datasette)",
    )


def _add_max_size(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-size",
        type=_megabytes,
        default=MAX_SIZE,
        metavar="MB",
        help=f"refuse report files over MB megabytes (default {MAX_SIZE // MB}; a .docx or .pdf may be "
        f"{CONTAINER_FACTOR} times that)",
    )


def _report_path(value: str) -> Path:
    """A report argument: always a path (a name without a suffix is not report text), never empty."""
    if not value:
        raise argparse.ArgumentTypeError("an empty path names no report file")
    return Path(value)


def _megabytes(value: str) -> float:
    """--max-size's argument in bytes: a positive number of megabytes."""
    try:
        megabytes = float(value)
    except ValueError:
        megabytes = math.nan
    if not (math.isfinite(megabytes) and megabytes > 0):
        raise argparse.ArgumentTypeError(f"expected a positive number of megabytes, not '{value}'")
    return megabytes * MB


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "audit":
            return _audit(args)
        if args.command == "extract":
            return _extract(args)
        if args.command == "corpus":
            return _corpus(args)
        if args.command == "diff":
            return _diff(args)
        if args.command == "targets":
            return _targets(args)
        if args.command == "history":
            return _history(args)
        if args.command == "outline":
            return _outline(args)
        if args.command == "rules":
            return _rules(args)
        return _eval(args)
    except PolicydiffError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # the reader went away (| head): quiet, as a program killed by SIGPIPE
        _silence_stdout()
        return EXIT_SIGPIPE
    except _StdoutError as exc:
        _silence_stdout()
        print(f"Error: cannot write to standard output ({exc})", file=sys.stderr)
        return EXIT_STDOUT_FAILED
    except KeyboardInterrupt:  # an -o file is left as it was: the temporary file is removed on the way out
        print("Error: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


class _StdoutError(Exception):
    """Standard output is closed or cannot take the output (a full device)."""


def _silence_stdout() -> None:
    """Point standard output at the null device, so that the interpreter's last flush cannot fail again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (AttributeError, OSError, ValueError):  # no real file behind sys.stdout (captured, or None)
        pass


def _emit(content: str, output: str | None) -> None:
    """``content`` to the file ``output`` (atomically, see :mod:`policydiff.output`), else to standard output."""
    if output is not None:
        try:
            write_atomic(output, content)
        except OutputError:
            raise
        except OSError as exc:
            raise PolicydiffError(f"cannot write '{output}' ({exc.strerror or exc})", path=output) from None
        return
    stream = sys.stdout
    if stream is None:  # started with descriptor 1 closed (>&-)
        raise _StdoutError("it is closed")
    try:
        fd: int | None = stream.fileno()
    except (AttributeError, OSError, ValueError):
        fd = None  # no descriptor behind it (captured by a test, an IDE console)
    try:
        if fd is None:
            stream.write(content)
            stream.flush()
            return
        data = memoryview(content.encode(stream.encoding or "utf-8"))
        stream.flush()
        # os.write in a loop: a large buffered write cut short by a closed pipe can report success (CPython
        # drops the rest of a partly written block), so the bytes are sent by hand and a closed pipe is seen
        while data:
            data = data[os.write(fd, data[:_CHUNK]) :]
    except BrokenPipeError:
        raise
    except UnicodeEncodeError:
        raise _StdoutError(
            f"its encoding is {stream.encoding}, which cannot hold Chinese text: "
            "set PYTHONIOENCODING=utf-8 or use -o FILE"
        ) from None
    except OSError as exc:
        raise _StdoutError(exc.strerror or str(exc)) from None


def _file_format(args: argparse.Namespace, name: str) -> None:
    """Refuse a file format (sqlite, xlsx) without -o, and --datasette without sqlite, before any work."""
    if args.format in FILE_FORMATS and not args.output and not getattr(args, "explain", None):
        what = FILE_FORMATS[args.format]
        raise PolicydiffError(
            f"--format {args.format} writes {what}, not text for standard output: give -o PATH "
            f"(e.g. -o {name}.{args.format})"
        )
    if args.datasette and args.format != "sqlite":
        raise PolicydiffError(
            f"--datasette describes an SQLite database: use it with --format sqlite, not {args.format}"
        )


def _audit(args: argparse.Namespace) -> int:
    if args.explain is not None:
        if not args.explain.strip():
            raise PolicydiffError("--explain needs a commitment id (the id column of the audit, e.g. c-6fcaa6c5ec36)")
        if args.format not in ("table", "json"):
            raise PolicydiffError(f"--explain writes text or --format json, not --format {args.format}")
    _file_format(args, "audit")
    inputs = [args.plan, args.review, *([args.corrections] if args.corrections else [])]
    if args.output is not None:
        check_output(args.output, inputs=inputs)
    if args.datasette:
        from policydiff.database import metadata_path, read_metadata

        check_output(metadata_path(args.output), inputs=inputs)
        read_metadata(metadata_path(args.output))  # a file that is not metadata is refused before any work
    corrections = read_corrections(args.corrections) if args.corrections else None
    result = audit(
        args.plan, args.review, qualitative=args.qualitative, corrections=corrections, max_size=args.max_size
    )
    for line in result.warnings:
        print(f"Warning: {line}", file=sys.stderr)
    if result.unmatched_corrections:
        shown = ", ".join(result.unmatched_corrections[:5])
        print(
            f"Warning: {len(result.unmatched_corrections)} correction(s) match no commitment: {shown}", file=sys.stderr
        )
    if args.explain is not None:
        from policydiff.explain import explain_json, explain_text

        render = explain_json if args.format == "json" else explain_text
        _emit(render(result, args.explain), args.output)
        return EXIT_OK
    _write(result, args.format, args.output, datasette=args.datasette)
    if args.output:  # the file holds the audit; the terminal still gets the one-line summary
        print(f"{result.plan.name} -> {result.review.name}: {result.summary_line()}", file=sys.stderr)
    return EXIT_OK


def _write(result: Audit | Corpus, fmt: str, output: str | None, *, datasette: bool = False) -> None:
    """An audit or a corpus in ``fmt`` to ``output`` (stdout without it); a file format needs ``output``."""
    import sqlite3

    if fmt not in FILE_FORMATS:
        _emit(result.render(fmt), output)
        return
    assert output is not None  # the callers refuse a file format without -o
    try:
        if fmt == "xlsx":
            result.to_xlsx(output)
            return
        result.to_sqlite(output)
        if datasette:
            from policydiff.database import metadata_path, write_metadata

            write_metadata(metadata_path(output), output, corpus=isinstance(result, Corpus))
    except OutputError:
        raise
    except (OSError, sqlite3.Error) as exc:
        why = getattr(exc, "strerror", None) or exc
        raise PolicydiffError(f"cannot write '{output}' ({why})", path=output) from None


def _corpus(args: argparse.Namespace) -> int:
    """Audit every pair; the good pairs are written even when some files are bad (listed, exit 2)."""
    _file_format(args, "corpus")
    if args.jobs < 1:
        raise PolicydiffError(f"--jobs must be 1 or more, not {args.jobs}")
    if args.scheduler is not None and args.engine != "dask":
        raise PolicydiffError("--scheduler is a Dask scheduler's address: give --engine dask with it")
    if args.output is not None:  # not an input, nor a report the next run over these folders would read
        check_output(args.output, inputs=report_files(args.paths), folders=args.paths, suffixes=SUFFIXES)
    if args.datasette:
        from policydiff.database import metadata_path, read_metadata

        check_output(metadata_path(args.output), inputs=report_files(args.paths))
        read_metadata(metadata_path(args.output))
    from policydiff.progress import terminal_progress  # a corpus's modules, imported when one is audited
    from policydiff.resume import Resume

    one_thread()  # one BLAS thread here and in every worker started from here: --jobs N uses N cores
    sqlite = args.format == "sqlite"
    resume = Resume(args.output, report_files(args.paths), qualitative=args.qualitative) if sqlite else None
    run = {"jobs": args.jobs, "engine": args.engine, "scheduler": args.scheduler, "max_size": args.max_size}
    with terminal_progress(quiet=args.quiet) as progress:
        skip = resume.unchanged if resume else None
        result = audit_corpus(args.paths, qualitative=args.qualitative, progress=progress, skip=skip, **run)
    _write(result, args.format, args.output, datasette=args.datasette)
    if resume is not None:
        resume.record(result)
    for a in result.audits:
        for line in a.warnings:
            print(f"Warning: {a.plan.name} -> {a.review.name}: {line}", file=sys.stderr)
    for line in result.errors:
        print(f"Error: {line}", file=sys.stderr)
    if args.output:
        print(result.summary_line(), file=sys.stderr)
    return EXIT_BAD_INPUT if result.errors else EXIT_OK


def report_info(doc: Document) -> dict[str, Any]:
    """The ``report`` header of extract and outline JSON."""
    return {
        "path": doc.path,
        "government": doc.government,
        "report_year": doc.report_year,
        "review_years": list(doc.review_years),
        "plan_year": doc.plan_year,
    }


def _extract(args: argparse.Namespace) -> int:
    if args.output is not None:
        check_output(args.output, inputs=[args.report])
    doc = read(args.report, side=args.side, max_size=args.max_size)
    rows = [statement_row(s, doc) for s in extract(doc, side=args.side) if s.quantity is not None]
    if not rows:
        print(
            f"Warning: {args.side}: no figure with a unit found in the {args.side} part of '{doc.name}'",
            file=sys.stderr,
        )
    if args.format == "json":
        content = (
            json.dumps(
                {"schema": "policydiff.extract/1", "report": report_info(doc), "side": args.side, "rows": rows},
                ensure_ascii=False,
                indent=2,
                allow_nan=False,
            )
            + "\n"
        )
    elif args.format == "jsonl":
        content = "".join(json.dumps(r, ensure_ascii=False, allow_nan=False) + "\n" for r in rows)
    elif args.format == "csv":
        content = csv_text(rows, list(rows[0]) if rows else ["id"])
    else:
        content = "".join(f"{r['value_text']:<16} {r['comparator']:<3} {r['indicator']}\n" for r in rows)
        content += f"{len(rows)} {args.side} statements in {doc.name}\n"
    _emit(content, args.output)
    return EXIT_OK


def _rules(args: argparse.Namespace) -> int:
    """The rule table (policydiff.rules.RULES): name, stage, effect, weight, what it encodes, its examples."""
    from policydiff.rules import RULES

    if args.format == "json":
        rows = [
            {
                "name": r.name,
                "stage": r.stage,
                "effect": r.effect,
                "weight": r.weight,
                "doc": r.doc,
                "positive": [attrs.asdict(e) for e in r.positive],
                "negative": [attrs.asdict(e) for e in r.negative],
            }
            for r in RULES
        ]
        _emit(
            json.dumps({"schema": "policydiff.rules/1", "rules": rows}, ensure_ascii=False, indent=1, allow_nan=False)
            + "\n",
            None,
        )
        return EXIT_OK
    lines = []
    for r in RULES:
        examples = f"{len(r.positive)}+/{len(r.negative)}-"
        lines.append(f"{r.name:20} {r.stage:7} {r.effect:8} {r.weight:6g}  {examples:6} {r.doc}\n")
    _emit("".join(lines), None)
    return EXIT_OK


def _outline(args: argparse.Namespace) -> int:
    doc = read(args.report, max_size=args.max_size)
    sections: list[dict[str, Any]] = []
    by_path: dict[tuple[str, ...], dict[str, Any]] = {}
    for s in doc.sections:
        span = doc.source_span(s.span)
        node: dict[str, Any] = {
            "heading": s.heading,
            "level": s.level,
            "kind": s.kind.value,
            "years": list(s.years),
            "span": [span.start, span.end],
            "children": [],
        }
        parent = by_path.get(s.path[:-1]) if len(s.path) > 1 else None
        (parent["children"] if parent is not None else sections).append(node)  # nest by heading path
        by_path[s.path] = node
    if args.format == "json":
        content = (
            json.dumps(
                {"schema": "policydiff.outline/1", "report": report_info(doc), "sections": sections},
                ensure_ascii=False,
                indent=2,
                allow_nan=False,
            )
            + "\n"
        )
    else:
        lines = [f"{doc.name}: {doc.government}, report {doc.report_year}"]
        todo = [(node, 0) for node in reversed(sections)]
        while todo:
            node, depth = todo.pop()
            lines.append(_outline_line(node, depth))
            todo.extend((child, depth + 1) for child in reversed(node["children"]))
        content = "\n".join(lines) + "\n"
    _emit(content, None)
    return EXIT_OK


def _outline_line(node: dict[str, Any], depth: int) -> str:
    years = node["years"]
    span = f"{years[0]}-{years[-1]}" if len(years) > 1 else (str(years[0]) if years else "-")
    return f"{'  ' * (depth + 1)}[{node['kind']:<10} {span:>9}] {node['heading'][:40]}"


def _eval(args: argparse.Namespace) -> int:
    from policydiff.evaluate import check_gold_pair, read_gold, score_audit

    gold = read_gold(args.gold)
    plan = read(args.plan, side="plan", max_size=args.max_size)
    review = read(args.review, side="review", max_size=args.max_size)
    for warning in check_gold_pair(
        gold, path=args.gold, plan=(plan.name, plan.text), review=(review.name, review.text)
    ):
        print(f"Warning: {warning}", file=sys.stderr)
    result = score_audit(gold, audit(plan, review).rows)
    misses = result.pop("misses")
    if args.verbose:
        for m in misses:
            print("MISS", *m, file=sys.stderr)
    _emit(json.dumps(result, ensure_ascii=False, allow_nan=False) + "\n", None)
    return EXIT_OK


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())


def _diff(args: argparse.Namespace) -> int:
    from policydiff.diff import diff_plans

    if args.output is not None:
        check_output(args.output, inputs=[args.before, args.after])
    before = read(args.before, side="plan", max_size=args.max_size)
    after = read(args.after, side="review", max_size=args.max_size)
    check_pair(before, after)  # refused as audit refuses them: the same report twice, a reversed or distant pair
    _emit(diff_plans(before, after).render(args.format), args.output)
    return EXIT_OK


def _targets(args: argparse.Namespace) -> int:
    from policydiff.targets import targets

    if args.output is not None:
        check_output(args.output, inputs=[args.report])
    _emit(targets(read(args.report, max_size=args.max_size)).render(args.format), args.output)
    return EXIT_OK


def _history(args: argparse.Namespace) -> int:
    """The history of every target (or of the ones asked for); unreadable files are listed and exit 2."""
    from policydiff.history import history

    if args.jobs < 1:
        raise PolicydiffError(f"--jobs must be 1 or more, not {args.jobs}")
    if args.output is not None:
        check_output(args.output, inputs=report_files(args.paths), folders=args.paths, suffixes=SUFFIXES)
    result = history(
        args.paths, indicator=args.indicator, government=args.government, jobs=args.jobs, max_size=args.max_size
    )
    if not result.entries:
        print("Warning: no target matches the --indicator and --government given", file=sys.stderr)
    _emit(result.render(args.format), args.output)
    for line in result.errors:
        print(f"Error: {line}", file=sys.stderr)
    return EXIT_BAD_INPUT if result.errors else EXIT_OK
