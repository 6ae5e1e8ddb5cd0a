"""The HTML audit in a real browser: headless Chromium renders every row, the filter in the URL leaves exactly
the rows asked for, the page refers to nothing outside itself, and a screenshot is saved.

Chromium runs in its own headless mode (``--dump-dom`` prints the page after its script ran, ``--screenshot``
saves a PNG); no driver or download is needed. Without a chromium binary the tests are skipped, saying so; CI
installs Debian's ``chromium`` and ``fonts-noto-cjk`` (.ci/run) and sets POLICYDIFF_BROWSER_REQUIRED, which
turns the skip into a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest

import policydiff
from helpers import seed
from policydiff.report import Audit

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
#: Seconds one browser run may take (a cold start on a busy 2-core machine takes a few).
TIMEOUT = 120


def _browser() -> str:
    found = next((path for name in BROWSERS if (path := shutil.which(name))), None)
    if found is None:
        reason = "no chromium binary on PATH (apt-get install chromium fonts-noto-cjk; CI installs both)"
        if os.environ.get("POLICYDIFF_BROWSER_REQUIRED"):
            pytest.fail(reason)
        pytest.skip(reason)
    return found


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Audit, Path]:
    """The HTML audit of the national 2022 -> 2023 pair, written to a file."""
    result = policydiff.audit(seed("national-2022"), seed("national-2023"))
    path = tmp_path_factory.mktemp("browser") / "audit.html"
    path.write_text(result.to_html(), encoding="utf-8")
    return result, path


def chromium(*args: str, profile: Path, env: dict[str, str] | None = None) -> str:
    """Run headless Chromium with ``args`` (and ``env`` added to the environment); its standard output."""
    command = [
        _browser(),
        "--headless",
        "--no-sandbox",  # CI runs as root, where Chromium's sandbox refuses to start
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-extensions",
        "--disable-background-networking",
        f"--user-data-dir={profile}",
        "--virtual-time-budget=5000",
        *args,
    ]
    environment = {**os.environ, **(env or {})}
    done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False, env=environment)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


class Rows(HTMLParser):
    """The rows of a dumped page (id, status, basis, hidden) and every attribute that could fetch something."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, str, str, bool]] = []
        self.fetching: list[tuple[str, str, str]] = []
        self.attributes: dict[str, dict[str, str | None]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "details" and "row" in (found.get("class") or "").split():
            self.rows.append(
                (found["id"] or "", found["data-status"] or "", found["data-basis"] or "", "hidden" in found)
            )
        if found.get("id"):
            self.attributes[str(found["id"])] = found
        for name in ("src", "href", "action", "srcset", "poster", "data", "formaction"):
            value = found.get(name)
            if value is not None and not value.startswith("#"):
                self.fetching.append((tag, name, value))


def dump(page_file: Path, fragment: str, tmp_path: Path) -> Rows:
    """The page after its script ran, opened at ``#fragment``, parsed."""
    out = chromium("--dump-dom", page_file.as_uri() + fragment, profile=tmp_path / "profile")
    parsed = Rows()
    parsed.feed(out)
    parsed.close()
    return parsed


def test_every_row_is_rendered_and_nothing_is_fetched(page: tuple[Audit, Path], tmp_path: Path) -> None:
    """Chromium renders one row per commitment, the script shows the filter form and its count, the font check
    ran, and no element refers to anything outside the page."""
    result, path = page
    dom = dump(path, "", tmp_path)
    assert [r[:3] for r in dom.rows] == [(r["id"], r["status"], r["basis"]) for r in result.rows]
    assert not any(hidden for *_, hidden in dom.rows)
    assert "hidden" not in dom.attributes["controls"]
    assert dom.fetching == []
    assert dom.attributes  # the page was parsed
    html_tag = chromium("--dump-dom", path.as_uri(), profile=tmp_path / "profile2")
    assert re.search(r'<html lang="zh-Hans" data-cjk-font="[^"]+"', html_tag)
    assert "Content-Security-Policy" in html_tag and "default-src 'none'" in html_tag


def test_filter_by_status_leaves_exactly_that_status(page: tuple[Audit, Path], tmp_path: Path) -> None:
    """#status=X in the URL leaves visible exactly the rows of status X, for every status the pair has."""
    result, path = page
    statuses = Counter(r["status"] for r in result.rows)
    assert len(statuses) >= 3
    for status, n in statuses.items():
        dom = dump(path, f"#status={status}", tmp_path)
        shown = [(i, s) for i, s, _, hidden in dom.rows if not hidden]
        assert len(shown) == n and {s for _, s in shown} == {status}
        assert len(dom.rows) == len(result.rows)


def test_filter_by_basis_and_search(page: tuple[Audit, Path], tmp_path: Path) -> None:
    """#status=met&basis=figure leaves the met rows resting on a figure; a search (#q=) keeps the rows holding the
    words and hides the others."""
    result, path = page
    dom = dump(path, "#status=met&basis=figure", tmp_path)
    expected = [r["id"] for r in result.rows if (r["status"], r["basis"]) == ("met", "figure")]
    assert [i for i, _, _, hidden in dom.rows if not hidden] == expected
    row = next(r for r in result.rows if r["status"] == "missed")
    dom = dump(path, "#q=" + quote(row["indicator"]), tmp_path)
    shown = [i for i, _, _, hidden in dom.rows if not hidden]
    assert row["id"] in shown and len(shown) < len(result.rows)


def test_screenshot_is_saved(page: tuple[Audit, Path], tmp_path: Path) -> None:
    """A screenshot of the page is saved under the test's tmp dir (a PNG of the requested size)."""
    _, path = page
    shot = tmp_path / "audit.png"
    chromium(f"--screenshot={shot}", "--window-size=1280,1400", path.as_uri(), profile=tmp_path / "profile")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    assert int.from_bytes(data[16:20], "big") == 1280


def _fonts(spec: str) -> set[str]:
    """The font files fontconfig lists for a pattern (``:lang=zh``), empty without fontconfig."""
    fc = shutil.which("fc-list")
    if fc is None:
        return set()
    done = subprocess.run([fc, spec, "file"], capture_output=True, text=True, timeout=60, check=False)
    return {line.split(":", 1)[0] for line in done.stdout.splitlines() if line.strip()}


def test_the_font_note_shows_only_when_chinese_would_be_boxes(page: tuple[Audit, Path], tmp_path: Path) -> None:
    """With a Chinese font installed the font note stays hidden; with fontconfig given only a Latin font, the page
    finds no glyphs for Chinese and shows the note naming the font to install."""
    _, path = page
    chinese = _fonts(":lang=zh")
    latin = sorted(_fonts(":lang=en") - chinese)
    if not chinese or not latin:
        pytest.skip("fontconfig lists no Chinese font, or no Latin-only font, to compare")
    dom = dump(path, "", tmp_path)
    assert "hidden" in dom.attributes["font-note"]
    only = tmp_path / "fonts"
    only.mkdir()
    (only / Path(latin[0]).name).symlink_to(latin[0])
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{only}</dir><cachedir>{tmp_path / "cache"}</cachedir></fontconfig>',
        encoding="utf-8",
    )
    out = chromium("--dump-dom", path.as_uri(), profile=tmp_path / "latin", env={"FONTCONFIG_FILE": str(conf)})
    parsed = Rows()
    parsed.feed(out)
    note = parsed.attributes["font-note"]
    assert "hidden" not in note and "Noto Sans CJK SC" in str(note.get("data-fonts"))
    assert 'data-cjk-font="none"' in out and "fonts-noto-cjk" in out
