"""PolNeAR scoring shared by the benchmark: read brat annotations, count as polnear_score.py.

A predicted claim is attributed when its chain is non-empty. precision: attributed claims
lying (>= 50% of their characters) inside some gold content span; recall_content: gold
attributions whose content holds an attributed claim; recall_source: the same with the
claim's first hop naming the gold source (a shared content word; anaphoric gold sources
accept any named hop). Mirrors ../shared/tools/polnear_score.py so the figures agree.
"""

from __future__ import annotations

import glob
import os
import re
from dataclasses import dataclass, field

STOP = {
    "the",
    "a",
    "an",
    "of",
    "and",
    "in",
    "on",
    "for",
    "to",
    "at",
    "by",
    "with",
    "'s",
    "s",
    "mr",
    "ms",
    "mrs",
    "dr",
}
PRONOUNS = {
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "its",
    "him",
    "them",
    "who",
    "which",
    "this",
    "that",
}
_REC = re.compile(r"^([TE#AR]\d+)\t")
_WORDS = re.compile(r"[a-z0-9']+")

Span = tuple[int, int]


@dataclass
class GoldAttribution:
    """One annotated attribution: source, cue and content spans."""

    source: list[Span] = field(default_factory=list)
    cue: list[Span] = field(default_factory=list)
    content: list[Span] = field(default_factory=list)


def read_ann(path: str) -> list[GoldAttribution]:
    """Attributions with a content span from one brat .ann file."""
    spans: dict[str, list[Span]] = {}
    events: list[list[list[str]]] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = _REC.match(line)
            if not m:
                continue
            rid = m.group(1)
            if rid[0] == "T":
                _, info, *_ = line.rstrip("\n").split("\t")
                _label, offs = info.split(" ", 1)
                spans[rid] = [(int(a), int(b)) for a, b in (o.split() for o in offs.split(";"))]
            elif rid[0] == "E":
                args = line.rstrip("\n").split("\t")[1].split()
                events.append([a.split(":") for a in args if ":" in a])
    out = []
    for args in events:
        rec = GoldAttribution()
        for role, tid in args:
            r = role.lower()
            if r.startswith("content"):
                rec.content += spans[tid]
            elif r == "source":
                rec.source += spans[tid]
            elif r == "cue":
                rec.cue += spans[tid]
        if rec.content:
            out.append(rec)
    return out


def articles(data_dir: str, split: str) -> list[tuple[str, str, str]]:
    """(name, ann path, text path) per article, first annotator only, sorted."""
    seen: set[str] = set()
    items = []
    for ann in sorted(glob.glob(os.path.join(data_dir, split, "attributions", "*.ann"))):
        base = os.path.basename(ann)[:-4].rsplit("_", 1)[0]
        if base in seen:
            continue
        seen.add(base)
        items.append((base, ann, os.path.join(data_dir, split, "text", base + ".txt")))
    return items


def words(s: str) -> set[str]:
    return {w for w in _WORDS.findall((s or "").lower()) if w not in STOP}


def anaphoric(src_text: str) -> bool:
    t = src_text.strip().lower()
    if not t or t in PRONOUNS:
        return True
    toks = src_text.strip().split()
    return toks[0].lower() in ("the", "this", "that") and len(toks) > 1 and toks[1][:1].islower()


def inside(span: Span, ranges: list[Span]) -> bool:
    s, e = span
    cover = sum(max(0, min(e, b) - max(s, a)) for a, b in ranges)
    return cover >= 0.5 * max(1, e - s)


@dataclass
class Tally:
    """Running counts for precision and recall."""

    gold: int = 0
    pred: int = 0
    pred_ok: int = 0
    rc: int = 0
    rs: int = 0

    def add(
        self, text: str, gold: list[GoldAttribution], attributed: list[tuple[Span, str]]
    ) -> tuple[list[tuple[Span, str]], list[GoldAttribution]]:
        """Count one article; returns (false-positive claims, missed gold attributions)."""
        self.pred += len(attributed)
        fps = []
        for sp, name in attributed:
            if any(inside(sp, g.content) for g in gold):
                self.pred_ok += 1
            else:
                fps.append((sp, name))
        missed = []
        for g in gold:
            self.gold += 1
            hits = [name for sp, name in attributed if inside(sp, g.content)]
            if not hits:
                missed.append(g)
                continue
            self.rc += 1
            src = " ".join(text[a:b] for a, b in g.source)
            if not g.source or anaphoric(src) or any(words(n) & words(src) for n in hits):
                self.rs += 1
            else:
                missed.append(g)
        return fps, missed

    def line(self, split: str, n: int) -> str:
        p = self.pred_ok / self.pred if self.pred else 0.0
        rc = self.rc / self.gold if self.gold else 0.0
        rs = self.rs / self.gold if self.gold else 0.0
        f1 = 2 * p * rs / (p + rs) if p + rs else 0.0
        return (
            f"POLNEAR split={split} articles={n} errors=0 gold={self.gold} pred={self.pred} "
            f"precision={p:.3f} recall_content={rc:.3f} recall_source={rs:.3f} f1={f1:.3f}"
        )
