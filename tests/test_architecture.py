"""The shape of the package: imports point backwards along the pipeline, pandas stays in the report stage,
``import policydiff`` is cheap and side-effect free, and modules stay small."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, Final

import pytest

PACKAGE: Final = Path(__file__).resolve().parents[1] / "src" / "policydiff"
#: The pipeline, earliest first. A module may import only modules earlier in the chain (or itself);
#: modules sharing a rank (evaluate, pipeline) may not import each other.
CHAIN: Final = (
    ("errors",),
    ("model",),
    ("lexicon_zh_text",),  # the lexicon: how Chinese is written, words by meaning, names, the page
    ("lexicon_zh",),
    ("lexicon_zh_names",),
    ("lexicon_zh_page",),
    ("quantities",),
    ("load",),
    ("parse",),
    ("extract",),
    ("align",),
    ("judge",),
    ("report",),
    ("evaluate", "pipeline"),
    ("corpus",),  # many pairs at once, built on the pipeline
    # across years: plan against plan, targets against last year's outcomes, an indicator's history; built on
    # extract and align, and on the corpus's audits for the history
    ("diff",),
    ("cli",),
)
RANK: Final = {name: float(i) for i, names in enumerate(CHAIN) for name in names}
#: A module whose docstring opens with "Part of the <stage> stage" (html.py of report, outline.py of parse,
#: formats.py of load) belongs to that stage: it and the stage's main module may import each other.
PART_OF: Final = re.compile(r"\APart of the (\w+) stage\b")
#: Modules placed by hand. milestones.py extracts qualitative commitments (part of extract; align imports it);
#: __main__ runs the CLI, so it comes after it.
PARTS: Final = {"milestones": "extract"}
#: Stages of the chain that a checkout may not have yet.
OPTIONAL: Final = {"diff"}
PLACED: Final = {"__main__": RANK["cli"] + 1}
#: Any other new module is a helper: it may import only errors, model, lexicon_zh and quantities, and every
#: stage after quantities may import it.
HELPER_RANK: Final = RANK["quantities"] + 0.5
MAX_LINES: Final = 600


def modules() -> list[str]:
    """The package's module names (``__init__`` included), from the files in src/policydiff."""
    return sorted(p.stem for p in PACKAGE.glob("*.py"))


def stage(module: str) -> str:
    """The pipeline stage a module belongs to: itself, or the stage its docstring says it is part of."""
    if module in RANK or module in PLACED:
        return module
    if module in PARTS:
        return PARTS[module]
    doc = ast.get_docstring(ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))) or ""
    m = PART_OF.match(doc)
    return m[1] if m and m[1] in RANK else module


def rank(module: str) -> float:
    """A module's place in the pipeline."""
    own = stage(module)
    return RANK.get(own, PLACED.get(own, HELPER_RANK))


def _target(node: ast.Import | ast.ImportFrom) -> list[str]:
    """The package modules one import statement imports ('__init__' for names of the package itself)."""
    if isinstance(node, ast.Import):
        return [a.name.split(".")[1] if "." in a.name else "__init__" for a in node.names if _ours(a.name)]
    base = node.module or ""
    if node.level:
        base = "policydiff" + (f".{base}" if base else "")
    if not _ours(base):
        return []
    if base != "policydiff":
        return [base.split(".")[1]]
    known = set(modules())
    return [a.name if a.name in known else "__init__" for a in node.names]


def _ours(name: str) -> bool:
    return name == "policydiff" or name.startswith("policydiff.")


def imports(module: str, *, top_level_only: bool = False) -> dict[str, int]:
    """The package modules that ``module`` imports, each with the line of its first import."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    found: dict[str, int] = {}
    nodes = _top_level(tree) if top_level_only else ast.walk(tree)
    for node in nodes:
        if isinstance(node, ast.Import | ast.ImportFrom):
            for target in _target(node):
                found.setdefault(target, node.lineno)
    return found


def _top_level(tree: ast.Module) -> list[ast.stmt]:
    """Statements run at import: the module body and the bodies of its top-level if/try blocks."""
    out: list[ast.stmt] = []
    todo = list(tree.body)
    while todo:
        stmt = todo.pop(0)
        out.append(stmt)
        if isinstance(stmt, ast.If):
            if isinstance(stmt.test, ast.Name) and stmt.test.id == "TYPE_CHECKING":
                continue  # never runs: imports for the type checker only
            todo.extend(stmt.body + stmt.orelse)
        elif isinstance(stmt, ast.Try):
            todo.extend(stmt.body + stmt.orelse + stmt.finalbody)
    return out


def _type_checking_only(tree: ast.Module) -> set[int]:
    """Lines of imports under ``if TYPE_CHECKING:``, which never run."""
    lines: set[int] = set()
    for stmt in tree.body:
        if isinstance(stmt, ast.If) and ast.unparse(stmt.test) in {"TYPE_CHECKING", "typing.TYPE_CHECKING"}:
            lines.update(n.lineno for n in ast.walk(stmt) if isinstance(n, ast.Import | ast.ImportFrom))
    return lines


def third_party(module: str, name: str) -> list[tuple[int, bool]]:
    """(line, runs at import) of each import of the top-level package ``name`` in ``module``."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    top = {id(s) for s in _top_level(tree)}
    never = _type_checking_only(tree)
    out: list[tuple[int, bool]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level:
            names = [node.module or ""]
        else:
            continue
        if any(n == name or n.startswith(f"{name}.") for n in names):
            out.append((node.lineno, id(node) in top and node.lineno not in never))
    return out


def test_the_chain_names_real_modules() -> None:
    """Every module of the chain exists in src/policydiff, so the rules below check real files."""
    assert set(RANK) - OPTIONAL <= set(modules())


def test_parts_name_their_stage() -> None:
    """html.py is part of the report stage, so report may import it and it may not import later stages."""
    assert stage("html") == "report"
    assert rank("html") == RANK["report"]


@pytest.mark.parametrize("module", [m for m in modules() if m != "__init__"])
def test_imports_point_backwards(module: str) -> None:
    """A module imports only modules earlier in the pipeline (errors -> model -> ... -> report -> cli)."""
    own = rank(module)
    init_rank = max((rank(m) for m in imports("__init__", top_level_only=True)), default=-1.0)
    wrong = {}
    for target, line in imports(module).items():
        if target == module:
            continue
        # The package namespace runs __init__, which imports its own modules first.
        same_stage = target != "__init__" and stage(target) == stage(module)
        earlier = rank(target) < own if target != "__init__" else own > init_rank
        if not (earlier or same_stage):
            wrong[target] = line
    assert wrong == {}, f"{module}.py imports later stages: {wrong}"


def test_package_imports_only_the_light_stages_eagerly() -> None:
    """__init__ imports no stage from report on at import time; later ones only inside functions."""
    eager = imports("__init__", top_level_only=True)
    assert eager, "__init__ should expose the errors and the model"
    assert all(rank(m) < RANK["report"] for m in eager), eager


def test_only_report_imports_pandas_and_lazily() -> None:
    """pandas is imported by report.py alone, and there only inside functions (or for type checking)."""
    users = {m: hits for m in modules() if (hits := third_party(m, "pandas"))}
    assert set(users) <= {"report"}, users
    assert not any(runs for _, runs in users.get("report", [])), users


@pytest.mark.parametrize("module", modules())
def test_module_is_small(module: str) -> None:
    """Each module stays under 600 lines (split before that)."""
    lines = (PACKAGE / f"{module}.py").read_text(encoding="utf-8").count("\n")
    assert lines < MAX_LINES, f"{module}.py has {lines} lines"


_PROBE = r"""
import json, logging, os, sys, warnings

events = []
def audit(event, args):
    if event in ("open", "os.listdir", "os.scandir") or event.startswith(
        ("os.remove", "os.rename", "os.mkdir", "os.rmdir", "os.chmod", "os.truncate", "shutil.", "socket.",
         "subprocess.", "os.system", "os.exec", "os.posix_spawn", "sqlite3.", "urllib.")
    ):
        events.append([event, [a if isinstance(a, (str, int, type(None))) else repr(a) for a in args]])

before = {
    "environ": dict(os.environ),
    "path": list(sys.path),
    "warnings": list(warnings.filters),
    "logging": list(logging.getLogger().handlers),
    "cwd": os.getcwd(),
}
sys.addaudithook(audit)
import policydiff
after = {
    "environ": dict(os.environ),
    "path": list(sys.path),
    "warnings": list(warnings.filters),
    "logging": list(logging.getLogger().handlers),
    "cwd": os.getcwd(),
}
print(json.dumps({
    "modules": sorted(sys.modules),
    "events": events,
    "changed": sorted(k for k in before if before[k] != after[k]),
    "path": [os.path.abspath(p) for p in sys.path],
}))
"""


@pytest.fixture(scope="module")
def probe(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """What a fresh interpreter saw while running ``import policydiff`` (modules, audit events, globals)."""
    folder = tmp_path_factory.mktemp("probe")
    done = subprocess.run([sys.executable, "-c", _PROBE], cwd=folder, capture_output=True, encoding="utf-8", check=True)
    data: dict[str, Any] = json.loads(done.stdout)
    return data


def test_import_does_not_load_pandas(probe: dict[str, Any]) -> None:
    """`import policydiff` imports neither pandas nor the modules that use it (report, pipeline, cli)."""
    loaded = set(probe["modules"])
    assert "pandas" not in loaded
    assert not {"policydiff.report", "policydiff.pipeline", "policydiff.cli", "policydiff.evaluate"} & loaded
    assert "policydiff" in loaded


def test_import_does_no_file_io(probe: dict[str, Any]) -> None:
    """`import policydiff` opens only Python source and bytecode, lists only import folders, and writes nothing."""
    roots = {str(Path(p)) for p in probe["path"]}
    other = []
    for event, args in probe["events"]:
        if event == "open" and isinstance(args[0], str) and args[0].endswith((".py", ".pyc")):
            mode = str(args[1] or "r")
            if not set(mode) & set("wax+"):
                continue
        if event in ("os.listdir", "os.scandir") and isinstance(args[0], str):
            folder = Path(args[0])
            if str(folder) in roots or (folder / "__init__.py").exists():
                continue
        other.append((event, args))
    assert other == []


def test_import_changes_no_global_state(probe: dict[str, Any]) -> None:
    """`import policydiff` leaves os.environ, sys.path, warning filters, logging handlers and the cwd alone."""
    assert probe["changed"] == []
