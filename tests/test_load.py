"""The load stage: encodings, HTML / DOCX / PDF text, page debris, and one-line errors with exit status 2.

The same report saved in every supported form must give the same commitments as the UTF-8 original; the
variants are written at test time from a corpus report, under ``tmp_path``.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import SEEDS, CliResult
from policydiff.errors import LoadError
from policydiff.extract import extract
from policydiff.formats import docx_text, html_text, join_pdf_lines, pdf_text
from policydiff.load import clean, decode, is_widget_line, letters, load, looks_like_path, to_text
from policydiff.model import Span
from policydiff.pipeline import read

REPORT = SEEDS / "hubei-province-2025.txt"  # a medium report: 46 lines, 39 plan commitments
TEXT = REPORT.read_text(encoding="utf-8")
PARAGRAPHS = [line.strip() for line in TEXT.splitlines() if line.strip()]

NAV_DEBRIS = """<div class="crumb"><a href="/">首页</a> &gt; <a>政务信息</a> &gt; 要闻</div>
<nav><ul><li>政府信息公开</li><li>政务服务</li><li>一、2099年工作回顾</li></ul></nav>
<div class="tools"><span>下载</span><span>打印</span><span>全屏</span><span>收藏</span>
<div>【字号：<a>加大</a> <a>还原</a> <a>减小</a>】</div></div>"""
FOOTER_DEBRIS = """<div class="related"><p>相关报道：</p><ul><li>省十四届人大三次会议开幕</li>
<li>代表热议政府工作报告</li></ul></div><p>责任编辑：张三</p>
<footer>主办单位：某省人民政府办公厅 版权所有</footer><div class="share">分享到：<a>微信</a></div>"""


def commitments(path: Path | str) -> list[tuple[float | None, str]]:
    """(value, indicator) of every plan commitment of a report file, in order."""
    return [(c.quantity.value if c.quantity else None, c.indicator) for c in extract(read(str(path)), side="plan")]


def write_html(path: Path, paragraphs: list[str], *, charset: str = "utf-8", declared: str = "") -> Path:
    """An HTML page holding ``paragraphs`` between navigation, widget bars, scripts and footer debris."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page = f"""<!DOCTYPE html><html><head><meta charset="{declared or charset}"><title>政府工作报告_政务公开</title>
<script>var headline = "二、2099年工作安排";</script><style>p {{ text-indent: 2em }}</style></head>
<body>{NAV_DEBRIS}<div class="TRS_Editor">{body}</div>{FOOTER_DEBRIS}</body></html>"""
    path.write_bytes(page.encode(charset))
    return path


def write_docx(path: Path, paragraphs: list[str]) -> Path:
    """A .docx with one Word paragraph per line, written by python-docx."""
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    document.save(str(path))
    return path


def write_pdf(path: Path, paragraphs: list[str], *, header: str = "", **options: str) -> Path:
    """A PDF of ``paragraphs`` in reportlab's built-in CID font STSong-Light, page numbers at the foot."""
    pytest.importorskip("reportlab", reason="reportlab writes the PDF fixtures (test extra)")
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("zh", fontName="STSong-Light", fontSize=10.5, leading=16, wordWrap="CJK", firstLineIndent=21)

    def page_furniture(canvas: object, doc: object) -> None:
        canvas.setFont("STSong-Light", 9)  # type: ignore[attr-defined]
        canvas.drawString(280, 30, f"- {doc.page} -")  # type: ignore[attr-defined]
        if header:
            canvas.drawString(72, 800, header)  # type: ignore[attr-defined]

    template = SimpleDocTemplate(str(path), pagesize=A4, **options)
    template.build(
        [Paragraph(escape(p), style) for p in paragraphs], onFirstPage=page_furniture, onLaterPages=page_furniture
    )
    return path


# --- encodings ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gbk", "gb18030"], ids=str
)
def test_text_encodings_decode_to_the_original(tmp_path: Path, encoding: str) -> None:
    """A report saved as UTF-8 (with or without BOM), UTF-16 (with or without BOM) or GBK/GB18030 reads back exactly."""
    path = tmp_path / f"report-{encoding}.txt"
    path.write_bytes(TEXT.encode(encoding))
    assert load(path) == (TEXT, str(path))


def test_big5_is_guessed(tmp_path: Path) -> None:
    """A Traditional-Chinese report in Big5, in none of the named encodings, is decoded by charset-normalizer."""
    text = "各位代表：\n現在，我代表市人民政府向大會報告工作，請予審議。\n一、過去一年工作回顧\n" * 20
    path = tmp_path / "big5.txt"
    path.write_bytes(text.encode("big5"))
    assert load(path)[0] == text


def test_text_given_directly_has_no_path() -> None:
    """A report passed as a string is returned as it is, with path None."""
    assert load(TEXT) == (TEXT, None)
    assert load(TEXT, side="plan")[1] is None


def test_short_strings_are_paths_and_report_texts_are_not() -> None:
    """looks_like_path: a file name is a path; a multi-line report text is text."""
    assert looks_like_path("seeds/hubei-province-2025.txt")
    assert looks_like_path("report.PDF")
    assert not looks_like_path(TEXT)
    assert not looks_like_path("各位代表：\n一、2024年工作回顾")


def test_decode_prefers_gb18030_over_a_guess_for_gbk_bytes() -> None:
    """GBK bytes that are not UTF-8 decode as GB18030 (a superset), before any guessing."""
    assert decode("２０２５年城镇新增就业７０万人以上".encode("gbk")) == "２０２５年城镇新增就业７０万人以上"


# --- the same report in every form gives the same commitments --------------------------------------------------

VARIANTS: dict[str, Callable[[Path], Path]] = {
    "gbk-encoding": lambda d: _bytes(d / "report.txt", TEXT.encode("gbk")),
    "utf16-encoding": lambda d: _bytes(d / "report.txt", TEXT.encode("utf-16")),
    "html-with-debris": lambda d: write_html(d / "report.html", PARAGRAPHS, charset="gbk"),
    "docx": lambda d: write_docx(d / "report.docx", PARAGRAPHS),
    "pdf": lambda d: write_pdf(d / "report.pdf", PARAGRAPHS),
}


def _bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def original_commitments() -> list[tuple[float | None, str]]:
    """The plan commitments of the UTF-8 original."""
    found = commitments(REPORT)
    assert len(found) >= 30, "the reference report should have a few dozen commitments"
    return found


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_form_gives_the_same_commitments(
    tmp_path: Path, variant: str, original_commitments: list[tuple[float | None, str]]
) -> None:
    """GBK, UTF-16, HTML with navigation debris, DOCX and PDF copies give the original's commitments."""
    path = VARIANTS[variant](tmp_path)
    assert commitments(path) == original_commitments


@pytest.mark.parametrize("variant", ["html-with-debris", "docx", "pdf"])
def test_extracted_text_is_one_paragraph_per_line(tmp_path: Path, variant: str) -> None:
    """HTML, DOCX and PDF text comes back as the report's paragraphs, one per line, and nothing else."""
    text, _ = load(VARIANTS[variant](tmp_path))
    assert text.splitlines() == PARAGRAPHS


def test_the_same_bytes_are_read_by_their_signature_whatever_the_suffix(tmp_path: Path) -> None:
    """A DOCX or PDF saved with a wrong suffix is still read by its first bytes."""
    docx_file = write_docx(tmp_path / "report.docx", PARAGRAPHS[:8])
    renamed = docx_file.rename(tmp_path / "report.bin")
    assert load(renamed)[0].splitlines() == PARAGRAPHS[:8]


# --- HTML -------------------------------------------------------------------------------------------------------


def test_html_keeps_the_article_and_drops_page_debris() -> None:
    """Scripts, styles, navigation, 下载/打印/【字号】 bars, related links and footers are not in the text."""
    article = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:8])
    page = (
        f"<html><head><script>x = '一、2099年工作回顾'</script><style>.a{{}}</style></head><body>{NAV_DEBRIS}"
        f"<div id='zoom'>{article}</div>{FOOTER_DEBRIS}</body></html>"
    )
    assert html_text(page).splitlines() == PARAGRAPHS[:8]


def test_html_article_split_over_several_blocks_is_kept_whole() -> None:
    """An article body split into several <div>s (page parts) is found as their common container."""
    parts = "".join(
        f"<div class='part'>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS[i : i + 3])}</div>" for i in (0, 3, 6)
    )
    page = f"<body>{NAV_DEBRIS}<div id='article'>{parts}</div>{FOOTER_DEBRIS}</body>"
    assert html_text(page).splitlines() == PARAGRAPHS[:9]


def test_html_without_an_article_element_keeps_report_lines_only() -> None:
    """When no element holds the text, the whole page is read, less its widget lines and breadcrumbs."""
    page = f"<body>{NAV_DEBRIS}<p>各位代表：</p><p>一、2023年工作回顾</p><p>地区生产总值增长7.5%。</p></body>"
    assert html_text(page).splitlines() == ["各位代表：", "一、2023年工作回顾", "地区生产总值增长7.5%。"]


def test_html_line_breaks_cells_and_inline_tags() -> None:
    """<br> breaks a line, inline tags and source wrapping do not; a table row is one line, its cells a tab apart."""
    page = (
        "<div><p>城镇新增<b>就业</b>\n  70万人以上。<br>居民收入增长6%。</p>"
        "<table><tr><td>指标</td><td>目标</td></tr><tr><td>地区生产总值</td><td>6%左右</td></tr></table></div>"
    )
    assert html_text(page).splitlines() == [
        "城镇新增就业70万人以上。",
        "居民收入增长6%。",
        "指标\t目标",
        "地区生产总值\t6%左右",
    ]


def test_html_page_title_outside_the_article_is_kept_first() -> None:
    """A report title in an <h1> above the article body opens the text (it names the government and year)."""
    page = (
        "<h1>2025年湖北省政府工作报告</h1><div class='c'><p>各位代表：</p><p>现在，我代表省人民政府报告工作。</p></div>"
    )
    assert html_text(page).splitlines()[0] == "2025年湖北省政府工作报告"


def test_html_declared_charset_is_used(tmp_path: Path) -> None:
    """A page declaring charset=gb2312 but using GBK characters is decoded as GB18030, before any guessing."""
    path = write_html(tmp_path / "gb.htm", PARAGRAPHS[:12], charset="gbk", declared="gb2312")
    assert load(path)[0].splitlines() == PARAGRAPHS[:12]


def test_html_without_suffix_is_recognised(tmp_path: Path) -> None:
    """A saved page named .txt is read as HTML when it starts like one."""
    page = write_html(tmp_path / "page.html", PARAGRAPHS[:12])
    renamed = page.rename(tmp_path / "page.txt")
    assert load(renamed)[0].splitlines() == PARAGRAPHS[:12]


@pytest.mark.parametrize(
    ("line", "widget"),
    [
        ("下载", True),
        ("【字号：加大 还原 减小】", True),
        ("【字体：大 中 小】", True),
        ("分享到：", True),
        ("当前位置：首页 > 要闻", True),
        ("首页 > 政务信息 > 要闻", True),
        ("2026-02-03 09:02:33", True),
        ("】", True),
        ("一、2025年工作回顾", False),
        ("各位代表！", False),
        ("收藏家协会成立。", False),
    ],
)
def test_widget_lines(line: str, widget: bool) -> None:
    """Page chrome lines are recognised; report lines, even ones starting with a widget word, are not."""
    assert is_widget_line(line) is widget


# --- DOCX -------------------------------------------------------------------------------------------------------


def test_docx_tables_come_in_document_order(tmp_path: Path) -> None:
    """Table rows are lines (cells a tab apart) between the paragraphs around them; a merged cell is written once."""
    import docx

    document = docx.Document()
    document.add_paragraph("主要预期目标：")
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "地区生产总值"
    table.cell(0, 2).text = "6%左右"
    table.cell(1, 0).text = "城镇新增就业"
    table.cell(1, 1).text = "70万人"
    table.cell(1, 2).text = "以上"
    document.add_paragraph("二、2025年工作安排")
    path = tmp_path / "table.docx"
    document.save(str(path))
    assert docx_text(path.read_bytes()).splitlines() == [
        "主要预期目标：",
        "地区生产总值\t6%左右",
        "城镇新增就业\t70万人\t以上",
        "二、2025年工作安排",
    ]


# --- PDF --------------------------------------------------------------------------------------------------------


def test_pdf_drops_page_numbers_and_running_headers(tmp_path: Path) -> None:
    """Page numbers (- 3 -) and a header printed on every page are not report text."""
    path = write_pdf(tmp_path / "report.pdf", PARAGRAPHS, header="湖北省人民政府公报")
    text = pdf_text(path.read_bytes())
    assert "湖北省人民政府公报" not in text
    assert not re.search(r"^- \d+ -$", text, re.MULTILINE)
    assert text.splitlines() == PARAGRAPHS


def test_pdf_lines_are_joined_into_paragraphs() -> None:
    """Wrapped lines join; an indented line, a heading marker or a short line ending a sentence start anew."""
    page = [
        "  各位代表：",
        "  现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意",
        "见。",
        "一、2023年工作回顾",
        "  2023年是全面贯彻落实党的二十大精神的开局之年。全年地区生产总值增长7.5%，城镇新增就",
        "业1.2万人。",
        "3",
    ]
    assert join_pdf_lines([page]) == [
        "各位代表：",
        "现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。",
        "一、2023年工作回顾",
        "2023年是全面贯彻落实党的二十大精神的开局之年。全年地区生产总值增长7.5%，城镇新增就业1.2万人。",
    ]


def test_pdf_without_text_layer_is_an_error(tmp_path: Path) -> None:
    """A PDF with no Chinese text (a scan) raises LoadError asking for OCR."""
    pytest.importorskip("reportlab", reason="reportlab writes the PDF fixtures (test extra)")
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    drawing = canvas.Canvas(str(path))
    drawing.rect(100, 100, 300, 400, fill=1)
    drawing.save()
    with pytest.raises(LoadError, match=r"'.*scan\.pdf' has no Chinese text layer \(a scanned PDF\? run OCR"):
        load(path)


def test_encrypted_pdf_is_an_error(tmp_path: Path) -> None:
    """A PDF that needs a password raises LoadError saying so."""
    path = write_pdf(tmp_path / "locked.pdf", PARAGRAPHS[:4], encrypt="secret")
    with pytest.raises(LoadError, match=r"'.*locked\.pdf' is an encrypted PDF"):
        load(path)


# --- errors: one line, the file named, exit status 2 -----------------------------------------------------------


def _zip_without_word(path: Path) -> bytes:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "not a word document")
    return path.read_bytes()


BAD_FILES: dict[str, tuple[str, Callable[[Path], bytes], str]] = {
    "empty": ("empty.txt", lambda p: b"", r"is empty \(expected a government work report\)"),
    "whitespace-only": ("blank.txt", lambda p: " \n\t\r\n\u3000\n".encode(), r"is empty"),
    "whitespace-only-utf16": ("blank16.txt", lambda p: " \n \n".encode("utf-16"), r"is empty"),
    "binary": ("image.txt", lambda p: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), r"is a binary file"),
    "control-characters": ("ctrl.txt", lambda p: bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 100, r"is a binary file"),
    "undecodable": ("garbled.txt", lambda p: bytes(range(0x80, 0x100)) * 20, r"is not in any supported encoding"),
    "pdf-suffix-not-pdf": ("fake.pdf", lambda p: "各位代表：".encode() * 50, r"is not a PDF file"),
    "docx-suffix-not-docx": ("fake.docx", lambda p: "各位代表：".encode() * 50, r"is not a DOCX file"),
    "zip-not-docx": ("archive.docx", _zip_without_word, r"is not a readable \.docx file"),
    "broken-pdf": (
        "broken.pdf",
        lambda p: b"%PDF-1.4\n" + b"\x80garbage" * 50,
        r"is not a readable PDF file|has no Chinese",
    ),
    "word-97-doc": ("old.doc", lambda p: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, r"Word 97-2003 \.doc"),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_bad_files_exit_2_with_one_line_naming_the_file(
    tmp_path: Path, run_cli: Callable[..., CliResult], case: str
) -> None:
    """Each unreadable file makes `policydiff outline` print one 'Error: ...' line naming it and exit 2."""
    name, make, problem = BAD_FILES[case]
    path = tmp_path / name
    path.write_bytes(make(path))
    code, out, err = run_cli("outline", str(path))
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith(f"Error: '{path}' "), err
    assert re.search(problem, err), err


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda d: d / "missing.txt", r"does not exist"),
        (lambda d: d, r"is a directory, not a report file"),
    ],
    ids=["missing", "directory"],
)
def test_missing_file_and_directory_exit_2(
    tmp_path: Path, run_cli: Callable[..., CliResult], make: Callable[[Path], Path], problem: str
) -> None:
    """A missing path or a folder prints one Error line naming it and exits 2."""
    path = make(tmp_path)
    code, _, err = run_cli("extract", str(path))
    assert code == 2
    assert err == f"Error: plan: '{path}' {problem}\n"


def test_load_errors_name_the_side(tmp_path: Path) -> None:
    """LoadError carries the path and side; its message starts with the side."""
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(LoadError) as info:
        load(path, side="review")
    assert info.value.path == str(path) and info.value.side == "review"
    assert str(info.value) == f"review: '{path}' is empty (expected a government work report)"


def test_empty_text_given_directly_is_an_error() -> None:
    """An empty or blank report string raises LoadError."""
    with pytest.raises(LoadError, match="the report text is empty"):
        load("  \n ")


def test_to_text_rejects_bytes_of_no_text() -> None:
    """to_text on blank bytes raises LoadError naming the source."""
    with pytest.raises(LoadError, match=r"'upload' is empty"):
        to_text(b"\n\n", name="upload")


def test_python_m_policydiff_reports_a_bad_file_in_one_line(tmp_path: Path) -> None:
    """`python -m policydiff outline` on a binary file exits 2 with one Error line and no traceback."""
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    done = subprocess.run(
        [sys.executable, "-m", "policydiff", "outline", str(path)],
        capture_output=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == (
        f"Error: '{path}' is a binary file, not text (expected a .txt, .html, .docx or .pdf report)\n"
    )


# -- clean: what hides a figure, and the map back to the source -----------------------------------------------

_PIECES = ["5", "1", "0", ".", ",", "%", "万", "人", "增长", " ", "\u00a0", "\u2009", "\u200b", "\u200e", "\u0332",
           "&nbsp;", "\n", "\t", "，", "a"]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_clean_maps_every_kept_character_back_to_itself(text: str) -> None:
    """Each character of the cleaned text stands at its mapped offset in the source (an entity's space at its &),
    offsets never go back, and the end maps to the end."""
    cleaned, source_map = clean(text)
    if source_map is None:
        assert cleaned == text
        return
    offsets = [source_map.offset(k) for k in range(len(cleaned) + 1)]
    assert offsets == sorted(offsets) and offsets[-1] == len(text)
    for k, ch in enumerate(cleaned):
        assert text[offsets[k]] == ch or (ch == " " and text.startswith("&", offsets[k]))
    assert not re.search("[\u200b\u200e\u0332]", cleaned)


def test_clean_joins_a_figure_and_its_unit_and_drops_thousands_commas() -> None:
    """5.5 % and 1,100 万人 become 5.5% and 1100万人; their quotes come back from the source whole."""
    text = "地区生产总值增长5.5\u2009%左右，城镇新增就业1,100&nbsp;万人以上。"
    cleaned, source_map = clean(text)
    assert cleaned == "地区生产总值增长5.5%左右，城镇新增就业1100万人以上。"
    assert source_map is not None
    at = cleaned.index("城镇")
    assert source_map.quote(Span(at, len(cleaned) - 1)) == "城镇新增就业1,100&nbsp;万人以上"


def test_clean_leaves_a_report_without_hidden_characters_alone() -> None:
    """A clean report comes back as the same string, with no map: offsets are the file's."""
    assert clean(TEXT) == (TEXT, None)


@pytest.mark.parametrize(
    ("name", "quote"),
    [("national-2014.txt", "广义货币M2增长13.6%"), ("national-2015.txt", "广义货币M2预期增长12%左右")],
)
def test_subscript_on_its_own_line_joins_its_sentence(name: str, quote: str) -> None:
    """subscript-line: 广义货币M\\n2\\n增长13.6% (a page's M₂ set on a line of its own) reads as one sentence, and its
    quote maps back to the source lines; a digit line after a sentence's end (。\\n2\\n) stays."""
    source = (SEEDS / name).read_text(encoding="utf-8")
    cleaned, source_map = clean(source)
    at = cleaned.find(quote)
    assert at >= 0 and source_map is not None
    assert source_map.quote(Span(at, at + len(quote))) == quote.replace("M2", "M\n2\n")
    assert clean("符合。\n2\n下")[0] == "符合。\n2\n下"


@given(st.text(max_size=300))
def test_letters_count_as_one_character_at_a_time(text: str) -> None:
    """load.letters (Han by runs, the rest by kind) equals the count of each character: Han in U+4E00-U+9FFF, and
    every other character that is a letter."""
    han = sum("\u4e00" <= ch <= "\u9fff" for ch in text)
    assert letters(text) == (han, sum(ch.isalpha() and not "\u4e00" <= ch <= "\u9fff" for ch in text))


def test_letters_of_the_seeds() -> None:
    for path in sorted(SEEDS.glob("*.txt"))[:12]:
        text = path.read_text(encoding="utf-8")
        han, other = letters(text)
        assert han == sum("\u4e00" <= ch <= "\u9fff" for ch in text) > 10 * other
