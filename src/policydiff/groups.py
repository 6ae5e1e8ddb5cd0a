"""Part of the extract stage: a government's named yearly lists of promises (民生实事) and claims about them.

Plan side, :func:`list_scopes`: where a report announces its list (今年再办好15件民生实事；接续办好15件重点民生实事，
包括：…；a table headed 2025年10件惠民实事) and how far the list's items reach. An announcement names the
list with a count, opens its items (包括：, or a first item 一是 / (1) / ① after it), is the short topic
sentence of its paragraph (扎实办好民生实事。…) or is a title line over numbered items. Its scope is the
clause from the count on, then the items: the rest of the sentence after an opener, the rest of the paragraph
after a topic sentence or before numbered items, and the numbered paragraphs that follow, up to the first
paragraph that is not an item. A chapter heading that names 民生实事 among its themes announces nothing.

Review side, :func:`list_claims`: blanket claims that such a list was delivered (省政府承诺的15件民生实事全部兑现,
全面完成30项为民办实事项目), with the name they give it. :func:`same_list` says whether a claim's name can be
the plan's list: the same kind, the same count of items when both give one, the same level of government
when both name one. :func:`listed_claims`: the objects a completion verb opening a clause lists as done
(完成了出口道路、住宅小区和三山绿化), each a claim of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

import attrs

from policydiff import lexicon_zh as lx
from policydiff import lexicon_zh_names as lxn
from policydiff import lexicon_zh_text as lxt
from policydiff.indicators import clean, split_list
from policydiff.model import Span
from policydiff.quantities import chinese_int, normalize

_CN: Final = lxt.CN_COUNT_DIGITS
_CIRCLED: Final = "".join(chr(c) for c in range(0x2460, 0x2474))  # ① … ⑳
_NOUN: Final = re.compile("|".join(sorted(lxn.GROUP_WORDS, key=len, reverse=True)) + f"|{lxn.GROUP_COUNTED_WORD}")
_MEASURE: Final = "|".join(sorted(lxn.GROUP_COUNT_MEASURES, key=len, reverse=True))
_COUNT: Final = re.compile(rf"([\d{_CN}]+)({_MEASURE})")
_COUNT_AFTER: Final = re.compile(rf"([\d{_CN}]+)([{lxn.GROUP_ITEM_MEASURES}])")
#: The qualifiers between a count and the name: words, not a clause (no punctuation, no figure).
_QUALIFIERS: Final = re.compile(
    rf"[{lxt.OPENING_QUOTES}]?[{lxt.HAN_RANGE}]{{0,{lxn.GROUP_QUALIFIER_MAX}}}[{lxt.OPENING_QUOTES}]?"
)
_CLAUSE_END: Final = re.compile(rf"[{lxt.COMMAS}{lxt.SEMICOLONS}{lxt.FULL_STOP}{lxt.EXCLAMATIONS}{lxt.QUESTIONS}\n]")
_CLAUSE_START: Final = re.compile(
    rf"[{lxt.COMMAS}{lxt.SEMICOLONS}{lxt.FULL_STOP}{lxt.EXCLAMATIONS}{lxt.QUESTIONS}{lxt.COLONS}\n]"
)
_SENTENCE_END: Final = re.compile(rf"[{lxt.FULL_STOP}{lxt.EXCLAMATIONS}{lxt.QUESTIONS}\n]")
_PARAGRAPH_BREAK: Final = re.compile(r"\n|  |\u3000\u3000|\u2003\u2003|\xa0\xa0")
_YEAR: Final = re.compile(rf"^(?:19|20)\d\d{lxt.YEAR_MARK}(?:{lxt.ANNUAL_TAIL})?")
_OPENER: Final = re.compile(
    rf"^(?:{'|'.join(lxn.GROUP_CLAIM_FILLERS)})?[{lxt.COMMAS}]?(?:{'|'.join(lxn.GROUP_LIST_OPENERS)})"
)


def _markers(first: bool) -> re.Pattern[str]:
    """Item markers at the start of a text: any ordinal, or (``first``) only the first one (一是, (1), ①)."""
    cn, ar, circled = (lxt.CN_ONE, "1", "①") if first else (f"[{_CN}]+", r"\d{1,2}", f"[{_CIRCLED}]")
    forms = [m.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.(?!\d)") for m in lxn.GROUP_ITEM_MARKERS]
    return re.compile(r"^\s*(?:" + "|".join(f.format(cn=cn, ar=ar, circled=circled) for f in forms) + ")")


_FIRST_ITEM: Final = _markers(first=True)
_ANY_ITEM: Final = _markers(first=False)
#: A paragraph opening on a chapter marker ((九)…, 九是…, 一、…) heads a chapter: its theme is not a list.
_CHAPTER: Final = re.compile(rf"^\s*(?:\([{_CN}]+\)|[{_CN}]+{lxt.ORDINAL_IS}|[{_CN}]+{lxt.ORDINAL_MARK})")
_FIELD: Final = re.compile(rf"^\s*[{lxt.HAN_RANGE}]{{1,{lxn.GROUP_FIELD_LABEL_MAX}}}[{lxt.COLONS}]")
_CLAIM_VERB: Final = (
    f"(?:{'|'.join(sorted(lxn.GROUP_CLAIM_MODIFIERS, key=len, reverse=True))})+(?:{'|'.join(lxn.GROUP_CLAIM_VERBS)})"
)
_OTHER_NOUN: Final = "|".join(sorted(lxn.GROUP_WORDS, key=len, reverse=True))
#: After a name: [、another name] [filler] [，] modifiers verb (民心工程、民生实事超额完成; 35件…，全部高标准完成).
_CLAIM_AFTER: Final = re.compile(
    rf"(?:[{lxn.ITEM_JOINERS}](?:{_OTHER_NOUN}))?(?:{'|'.join(lxn.GROUP_CLAIM_FILLERS)})?[{lxt.COMMAS}]?{_CLAIM_VERB}"
)
#: Before a name, in its clause: modifiers verb, then at most a count and qualifiers (全面完成25项民生实事).
_CLAIM_BEFORE: Final = re.compile(
    rf"{_CLAIM_VERB}[^{lxt.COMMAS}{lxt.SEMICOLONS}{lxt.FULL_STOP}]{{0,{lxn.GROUP_QUALIFIER_MAX + 4}}}$"
)


@attrs.frozen
class ListName:
    """What a list's name says: its kind (实事, 民生工程…), its count of items and of kinds, its level."""

    kind: str
    items: int | None = None
    kinds: int | None = None
    level: str | None = None


@attrs.frozen
class Claim:
    """A blanket claim that a list was delivered: the list's name and the claim's clause (span in the text)."""

    name: str
    span: Span


def read_name(label: str) -> ListName | None:
    """The kind, counts and level a list's name states, or None if it names no list.

    >>> read_name("10大类55项民生实事")
    ListName(kind='实事', items=55, kinds=10, level=None)
    >>> read_name("15件市级重点民生实事")
    ListName(kind='实事', items=15, kinds=None, level='市')
    """
    label = normalize(label)
    found = [m for m in _NOUN.finditer(label)]
    if not found:
        return None
    noun = found[-1][0]
    counts: dict[str, int] = {}
    for m in _COUNT.finditer(label):
        if (value := _value(m[1])) is not None:
            counts[lxn.GROUP_COUNT_MEASURES[m[2]]] = value
    levels = [lxn.GROUP_LEVELS[w] for w in lxn.GROUP_LEVELS if w in label]
    # a bare 实事 list is of the kind its qualifiers say (10件惠企实事 is not 10件实事)
    kind = lxn.GROUP_WORDS.get(noun) or _COUNT.split(label[: found[-1].end()])[-1].strip(lxt.DOUBLE_QUOTES)
    return ListName(
        kind=kind, items=counts.get("items"), kinds=counts.get("kinds"), level=levels[0] if levels else None
    )


def same_list(plan: ListName, claim: ListName) -> bool:
    """Whether a claim's name can be the plan's list: same kind; same counts and level where both state them.

    >>> same_list(read_name("15件民生实事"), read_name("十五件民生实事"))
    True
    >>> same_list(read_name("15件市级重点民生实事"), read_name("省级民生实事"))
    False
    """
    if plan.kind != claim.kind:
        return False
    pairs = ((plan.items, claim.items), (plan.kinds, claim.kinds), (plan.level, claim.level))
    return all(a is None or b is None or a == b for a, b in pairs)


def _value(numeral: str) -> int | None:
    return int(numeral) if numeral.isdigit() else chinese_int(numeral)


def _qualifiers(text: str) -> bool:
    """Whether ``text`` (between a count and a list's noun) holds only qualifiers: words, no figure, no list name."""
    return _QUALIFIERS.fullmatch(text) is not None and _NOUN.search(text) is None


def _name_at(norm: str, m: re.Match[str]) -> tuple[int, int, bool] | None:
    """Where the name around the noun ``m`` starts and ends (its count, level and qualifiers included), and
    whether it gives a count; None for the bare noun 实事 without a count (多办实事 names no list)."""
    start, end = m.start(), m.end()
    clause = max((c.end() for c in _CLAUSE_START.finditer(norm, max(0, start - 40), start)), default=max(0, start - 40))
    head = norm[clause:start]
    counts = [c for c in _COUNT.finditer(head) if _value(c[1]) not in (None, 1)]  # 每一件民生实事 is no count
    at = next((i for i, c in enumerate(counts) if _qualifiers(head[c.end() :])), None)
    if at is not None:
        while at > 0 and counts[at - 1].end() == counts[at].start():
            at -= 1  # 10大类55项: both counts are the name's
        start = clause + counts[at].start()
    else:
        level = next((w for w in lxn.GROUP_LEVELS if head.endswith(w)), "")
        start -= len(level)  # 省级民生实事: the level is part of the name
    counted = at is not None
    if (after := _COUNT_AFTER.match(norm, end)) is not None:
        end, counted = after.end(), True  # 实施民生实事28项
    if m[0] == lxn.GROUP_COUNTED_WORD and not counted:
        return None
    return start, end, counted


def _paragraphs(norm: str) -> list[Span]:
    """The non-empty paragraphs of a text, without their surrounding spaces."""
    out: list[Span] = []
    pos = 0
    for m in (*_PARAGRAPH_BREAK.finditer(norm), None):
        end = m.start() if m is not None else len(norm)
        raw = norm[pos:end]
        if raw.strip():
            lead = len(raw) - len(raw.lstrip())
            out.append(Span(pos + lead, pos + len(raw.rstrip())))
        if m is not None:
            pos = m.end()
    return out


def _sentence_end(norm: str, at: int, para: Span) -> int:
    m = _SENTENCE_END.search(norm, at, para.end)
    return m.end() if m is not None else para.end


def _following_items(norm: str, paragraphs: list[Span], k: int) -> int | None:
    """The end of the numbered item paragraphs (with a table's field lines) after paragraph ``k``, if the
    next paragraph opens on a first item."""
    if k + 1 >= len(paragraphs) or not _FIRST_ITEM.match(paragraphs[k + 1].slice(norm)):
        return None
    end = paragraphs[k + 1].end
    for para in paragraphs[k + 2 :]:
        text = para.slice(norm)
        if _FIRST_ITEM.match(text) or not (_ANY_ITEM.match(text) or _FIELD.match(text)):
            break  # a new list, or the end of this one
        end = para.end
    return end


@lru_cache(maxsize=8)
def list_scopes(text: str) -> tuple[tuple[Span, str], ...]:
    """Each announced list's scope in ``text`` and its name as written (15件民生实事), counted names first.

    >>> text = "今年再办好15件民生实事。一是新建改造50个社区养老工程。二是配置自动体外除颤器1000台。"
    >>> [(scope.slice(text)[-9:], name) for scope, name in list_scopes(text)]
    [('除颤器1000台。', '15件民生实事')]
    >>> list_scopes("坚持和发扬“四下基层”优良作风，脚踏实地为民办实事。")
    ()
    """
    norm = normalize(text)
    paragraphs = _paragraphs(norm)
    found: list[tuple[bool, int, Span, str]] = []
    for k, para in enumerate(paragraphs):
        for m in _NOUN.finditer(norm, para.start, para.end):
            announced = _announcement(norm, paragraphs, k, m)
            if announced is not None:
                scope, name, counted = announced
                found.append((not counted, scope.start, scope, name))
    return tuple((scope, name) for _, _, scope, name in sorted(found, key=lambda f: (f[0], f[1])))


def _announcement(norm: str, paragraphs: list[Span], k: int, m: re.Match[str]) -> tuple[Span, str, bool] | None:
    """The scope, name and countedness of the list the noun ``m`` in paragraph ``k`` announces, or None when
    it announces none (see the module docstring for the shapes)."""
    at = _name_at(norm, m)
    if at is None:
        return None
    start, end, counted = at
    para = paragraphs[k]
    ptext = para.slice(norm)
    chapter = _CHAPTER.match(ptext) is not None
    first_end = _sentence_end(norm, para.start, para)
    sentence_end = _sentence_end(norm, end, para)
    title = _YEAR.sub("", ptext) == norm[start:end]  # a table's title: 2025年10件惠民实事
    topic = end <= first_end and first_end - para.start <= lxn.GROUP_TOPIC_MAX and not chapter
    opener = _OPENER.match(norm[end : end + 8].lstrip(lxt.CLOSING_QUOTES)) is not None
    items_next = _FIRST_ITEM.match(norm[sentence_end : sentence_end + 6]) is not None
    if not (counted or opener or topic or title or items_next):
        return None
    if title or topic:
        scope = Span(start if title else para.start, para.end)
    elif opener:
        scope = Span(start, sentence_end)  # 包括：A；B；C。
    elif items_next:
        scope = Span(start, para.end)  # …15件民生实事。一是…二是…
    else:  # the count alone (…，实施十大为民办实事工程。抓好…): what follows is not its items
        clause_end = _CLAUSE_END.search(norm, end, para.end)
        scope = Span(start, clause_end.start() if clause_end is not None else para.end)
    if sentence_end >= para.end and not chapter:
        # a chapter's numbered paragraphs (一是持续深化就业创业优先工程) are its topics, not the list
        more = _following_items(norm, paragraphs, k)
        if more is not None:
            scope = Span(scope.start, more)
    return scope, _YEAR.sub("", re.sub(f"[{lxt.DOUBLE_QUOTES}]", "", norm[start:end])), counted


def list_of(text: str, at: int) -> str:
    """The name of the announced list whose scope holds offset ``at`` of ``text``, or ""."""
    for scope, name in list_scopes(text):
        if scope.start <= at < scope.end:
            return name
    return ""


@lru_cache(maxsize=256)
def list_claims(sentence: str) -> tuple[Claim, ...]:
    """The blanket claims in one review sentence that a named list was delivered.

    >>> [c.name for c in list_claims("用心用情用力，为民排忧解难。省政府承诺的15件民生实事全部兑现。")]
    ['15件民生实事']
    >>> list_claims("坚持民生投入只增不减，每年办好十件民生实事。")
    ()
    """
    norm = normalize(sentence)
    out: list[Claim] = []
    for m in _NOUN.finditer(norm):
        at = _name_at(norm, m)
        if at is None:
            continue
        start, end, _ = at
        clause = max((c.end() for c in _CLAUSE_START.finditer(norm, 0, start)), default=0)
        after = _CLAIM_AFTER.match(norm, end)
        before = _CLAIM_BEFORE.search(norm[clause:start])
        if after is None and before is None:
            continue
        stop = after.end() if after is not None else end
        text = norm[clause:stop]
        if any(w in text for w in lxn.GROUP_CLAIM_PERIOD_WORDS):
            continue  # 五年累计办成50件民生实事: a sum of several years, not year N's list
        name = re.sub(f"[{lxt.DOUBLE_QUOTES}]", "", norm[start:end])
        out.append(Claim(name=name, span=Span(clause, stop)))
    return tuple(out)


_LEADING_CLAIM: Final = re.compile(
    rf"^(?P<lead>[^{lxn.LIST_JOINERS}]{{0,{lxn.LEADING_CLAIM_LEAD_MAX}}}?)"
    rf"(?:{lx.alternation(lx.COMPLETION_WORDS + lxn.LEADING_CLAIM_WORDS)}){lxn.PERFECTIVE}?(?P<objects>.+)$"
)


def listed_claims(segment: str) -> list[str]:
    """The objects a completion verb opening a clause claims done, when it lists more than one
    (完成了出口道路、住宅小区和三山绿化 -> each of them); none when the verb is hedged (基本完成, 较好地完成了).

    >>> listed_claims("全面完成工业噪声、工业固体废物排污许可管理")
    ['工业噪声', '工业固体废物排污许可管理']
    >>> listed_claims("基本完成水泥、焦化行业超低排放改造"), listed_claims("如期完成全年目标任务")
    ([], [])
    """
    m = _LEADING_CLAIM.match(clean(segment, keep_measure=True))
    if m is None or any(h in m[0][: m.start("objects")] or m["objects"].startswith(h) for h in lxn.CLAIM_HEDGES):
        return []
    items = [clean(item) for item in split_list(m["objects"])]
    return items if len(items) > 1 and all(len(item) >= 2 for item in items) else []


_TASK_CLAIM: Final = re.compile(
    rf"^(?:(?P<before>.*?){lx.CLAIM_ACTION}{lxn.PERFECTIVE}?(?P<after>.+){lxn.TASK_CLAIM_NOUN}"
    rf"|(?P<subject>.+){lxn.TASK_CLAIM_NOUN}(?:{lx.alternation(lx.COMPLETION_WORDS)}))$"
)


def task_claims(segment: str) -> list[str]:
    """The thing whose task for the year a review clause claims done, as a list of one (完成年度“四类管线”改造
    任务, 温暖工程年度任务全面完成); none when the task is not named as the year's, when the claim is hedged
    (较好完成) or a duty (确保完成), or when nothing is named but the year's targets (全面完成年度任务).

    >>> task_claims("完成年度“四类管线”改造任务"), task_claims("温暖工程年度任务全面完成")
    (['“四类管线”改造'], ['温暖工程'])
    >>> task_claims("保交房较好完成年度任务"), task_claims("完成市级政府机构改革任务"), task_claims("全面完成年度任务")
    ([], [], [])
    """
    text = clean(segment, keep_measure=True)
    m = _TASK_CLAIM.match(text)
    if m is None or any(w in text for w in lxn.CLAIM_HEDGES + lxn.TASK_CLAIM_INTENT):
        return []
    words = m["subject"] or (m["before"] + m["after"])
    if not any(w in words for w in lxn.TASK_CLAIM_YEAR_WORDS):
        return []
    for w in lxn.TASK_CLAIM_YEAR_WORDS + lxn.TASK_CLAIM_FILLERS:
        words = words.replace(w, "")
    return [words] if len(words) >= 2 else []


_NAMED_COUNT: Final = re.compile(
    rf"^(?P<names>[^{lxt.COMMAS}{lxt.SEMICOLONS}]+?)(?P<verb>{lx.alternation(lxn.NAMED_COUNT_VERBS)})(?P<head>.+)$"
)
_NAME: Final = re.compile(
    rf"[\u4e00-\u9fff{re.escape(lxt.OPEN_BRACKETS + lxt.CLOSE_BRACKETS)}]{{2,{lxn.NAMED_COUNT_NAME_MAX}}}"
)


def named_count(segment: str) -> tuple[int, str, str] | None:
    """The count a list of proper names before a verb of selection gives its head noun, with the verb and the
    indicator (延安苹果、汉中中药材入选国家级优势特色产业集群: two). None when the list may be only examples (…等),
    counts by figures already, pairs names with heads (分别), is a standing (已入选) or not done yet (即将).

    >>> named_count("延安苹果、汉中中药材入选国家级优势特色产业集群")
    (2, '入选', '入选国家级优势特色产业集群')
    >>> named_count("福州地铁滨海快线、宁古高速等获批建设"), named_count("长治、临汾分别入选国家试点")
    (None, None)
    """
    m = _NAMED_COUNT.match(clean(segment, keep_measure=True))
    if m is None or any(w in m[0] for w in lxn.NAMED_COUNT_BLOCKERS):
        return None
    head = clean(m["head"])
    if len(head) < lxn.NAMED_COUNT_HEAD_MIN:
        return None
    names = m["names"]
    for adverb in lxn.NAMED_COUNT_ADVERBS:
        names = names.removesuffix(adverb)
    items = split_list(names)
    if len(items) < 2 or lxn.LIST_CLOSER in names or not all(_NAME.fullmatch(i.strip()) for i in items):
        return None
    return len(items), m["verb"], m["verb"] + head


#: A task claimed done for a counted group named by some members (钢铁、水泥等15个重点行业淘汰落后产能年度任务如期完成):
#: the members, 等, the count, then the task, a modifier and a completion verb closing the clause.
_MEMBERS_CLAIM: Final = re.compile(
    rf"^(?P<names>[^{lxt.COMMAS}{lxt.SEMICOLONS}]+?){lxn.LIST_CLOSER}(?P<count>[\d{_CN}]+)(?:{lx.alternation(lxn.MEMBERS_COUNT_MEASURES)})"
    rf"(?P<task>[{lxt.HAN_RANGE}]+?){_CLAIM_VERB}$"
)


@attrs.frozen
class MembersClaim:
    """A claim that a counted group's task was done, the group named by some of its members."""

    names: tuple[str, ...]
    count: int
    task: str


@lru_cache(maxsize=4096)  # asked of every review clause for each commitment left undecided
def members_claim(segment: str) -> MembersClaim | None:
    """The members named, the count and the task of a clause claiming a counted group's task done, or None.

    >>> members_claim("钢铁、水泥等15个重点行业淘汰落后产能年度任务如期完成")
    MembersClaim(names=('钢铁', '水泥'), count=15, task='重点行业淘汰落后产能年度任务')
    >>> members_claim("钢铁、水泥等15个重点行业淘汰落后产能年度任务基本完成") is None
    True
    """
    m = _MEMBERS_CLAIM.match(normalize(segment).strip())
    if m is None or (count := _value(m["count"])) is None:
        return None
    names = tuple(n.strip() for n in split_list(m["names"]))
    if len(names) < 2 or not all(_NAME.fullmatch(n) for n in names):
        return None
    return MembersClaim(names=names, count=count, task=m["task"])


def claims_members(plan_clause: str, action: str, claim: MembersClaim) -> bool:
    """Whether the claim covers a commitment of ``plan_clause``'s list: every member it names is listed there, its
    count covers the listed items, and its task holds the commitment's verb (``action``) and the noun the list
    closes on (淘汰钢铁…、水泥…、平板玻璃…等落后产能 against …等15个重点行业淘汰落后产能…如期完成)."""
    text = normalize(plan_clause)
    if not action or action not in claim.task or not all(n in text for n in claim.names):
        return False
    if len(split_list(text)) > claim.count:
        return False
    closer = text.rfind(lxn.LIST_CLOSER)
    noun = text[closer + 1 :] if closer >= 0 else ""
    return not noun or noun in claim.task
