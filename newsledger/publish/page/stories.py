"""The stories section, which leads the release page: each story listed fully (folded but the
first) with its articles by date and outlet (copies marked), its timeline, who is quoted in it,
the numbers its sources disagree on side by side with every source's sentence, those they agree
on, and the groups that were not compared, with why."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .markup import cut, e, plural, render
from .sources import SourceLinks
from .story_queries import Stories, Story

NOT_COMPARED = {  # verdict: why its groups were not compared (see claim_groups.verdict)
    "bound_only": "a bound (\u201cmore than 300\u201d) meets the other values only far beyond "
                  "itself: probably not one measurement",
    "loosely_linked": "the sources whose values differ are not closely alike: they may report "
                      "another moment",
    "far_apart": "the values lie more than 3 times apart: probably different things counted",
    "updated": "each day's sources agree and the value rises from one day to the next: a "
               "running count, not a dispute",
    "copies_only": "the sources are copies of one article",
}
SENTENCE_CHARS = 300  # characters of a claim's sentence shown either side of the number
TOP_BYTES = 200_000  # HTML of the stories with most sources, at most (one story at least)
CONFLICT_BYTES = 100_000  # and of the further stories whose sources disagree


def _dates(row: Mapping[str, Any]) -> str:
    first, last = row["first_published"], row["last_published"]
    if first is None:
        return "undated"
    return str(first) if last in (None, first) else f"{first} – {last}"


def when(value: str) -> str:
    """A TimeML date value for people: a decade "197" as "1970s", others as written."""
    return f"{value}0s" if len(value) == 3 and value.isdigit() else value


def _copy_badge(source: Mapping[str, Any], story: Story) -> str:
    original = source.get("copy_of")
    if not original:
        return ""
    of = story.by_source.get(original, {})
    named = of.get("outlet") or original
    return (f' <span class="badge copy" title="a copy of {e(original)}: not counted as an '
            f'independent source">copy of {e(named)}</span>')


def _sources(story: Story, links: SourceLinks) -> str:
    rows = "".join(
        f'<tr{" class=copy" if s["copy_of"] else ""}><td>{e(s["published_date"] or "undated")}'
        f'</td><td>{e(s["outlet"] or "outlet unknown")}</td><td>'
        f'{e(cut(s["title"] or s["source_id"], 120))} '
        f'{links.link(s["source_id"], label="text")}{_copy_badge(s, story)}</td></tr>'
        for s in story.sources)
    more = (f'<p class="note">and {plural(story.n_sources_more, "more article")} (see '
            "<code>sources.story_id</code>)</p>" if story.n_sources_more else "")
    return ("<table class=story-sources><thead><tr><th>published</th><th>outlet</th>"
            "<th>article</th></tr></thead><tbody>" + rows + "</tbody></table>" + more)


def _happening(r: Mapping[str, Any], links: SourceLinks) -> str:
    what = " ".join(x for x in (r["actor"], r["action"]) if x)
    many = (f' <span class="note">{plural(r["n_sources"], "article")}</span>'
            if r["n_sources"] > 1 else "")
    return (f'<li><time>{e(when(r["date_value"]))}</time> <span class="what">{e(what)}</span> '
            f'{e(cut(r["event_text"], 100))} '
            f'{links.link(r["source_id"], r["char_start"], r["char_end"], "text")}{many}</li>')


def _timeline(story: Story, links: SourceLinks) -> str:
    if not story.timeline:
        return '<p class="note">No dated events.</p>'
    items = "".join(_happening(r, links) for r in story.timeline)
    more = story.n_happenings - len(story.timeline)
    note = (f'<p class="note">The {len(story.timeline)} happenings most of its articles '
            f"report, of {story.n_happenings:,}.</p>" if more > 0 else "")
    return f'<ol class="timeline">{items}</ol>{note}'


def _quoted(story: Story, links: SourceLinks) -> str:
    if not story.speakers:
        return '<p class="note">No named speaker quoted.</p>'
    items = "".join(
        f'<li><strong>{e(r["speaker_name"])}</strong> <span class="note">'
        f'{plural(r["n_quotes"], "quote")} in {plural(r["n_sources"], "article")}</span> '
        f'<q>{e(cut(r["quote_text"], 80))}</q> '
        f'{links.link(r["source_id"], r["char_start"], r["char_end"], "quote")}</li>'
        for r in story.speakers)
    more = story.n_speakers - len(story.speakers)
    note = f'<li class="note">and {plural(more, "more speaker")}</li>' if more > 0 else ""
    return f'<ul class="quoted">{items}{note}</ul>'


def _written(claim: Mapping[str, Any]) -> str:
    """A value as written, with its qualifier when it has one ("300 homes (more than)")."""
    q = claim["qualifier"]
    extra = f' <span class="note">({e(q.replace("_", " "))})</span>' if q != "exact" else ""
    return f"{e(claim['value_text'])}{extra}"


def _sentence(claim: Mapping[str, Any]) -> str:
    """The claim's sentence, the number highlighted (long ones cut around it)."""
    a = claim["value_start"] - claim["char_start"]
    b = claim["value_end"] - claim["char_start"]
    text = claim["claim_text"]
    if not 0 <= a <= b <= len(text):
        return e(cut(text, 2 * SENTENCE_CHARS))
    before = text[:a] if a <= SENTENCE_CHARS else "…" + text[a - SENTENCE_CHARS + 1:a]
    return e(before) + f"<mark>{e(text[a:b])}</mark>" + e(cut(text[b:], SENTENCE_CHARS))


def _source_line(claim: Mapping[str, Any], story: Story) -> str:
    who = " · ".join(e(x) for x in (claim["outlet"] or "outlet unknown",
                                    claim["published_date"] or "undated"))
    claimant = f" · according to {e(claim['claimant'])}" if claim["claimant"] else ""
    return (f"{who}{claimant} · <code>{e(claim['source_id'])}</code>"
            f"{_copy_badge(claim, story)}")


def _what(group: Mapping[str, Any]) -> str:
    """The measure compared, with its subject and period when it has them."""
    parts = [e(group["measure"])]
    if group["subject"]:
        parts.append(f"of {e(group['subject'])}")
    if group["period"]:
        parts.append(f"in {e(when(group['period']))}")
    return " ".join(parts)


def _conflict(group: Mapping[str, Any], story: Story, links: SourceLinks) -> str:
    cards = "".join(
        f'<div class="claim"><div class="value">{_written(c)}</div>'
        f"<div>{_sentence(c)}</div><div class=from>{_source_line(c, story)} · "
        f'{links.link(c["source_id"], c["char_start"], c["char_end"], "in the article")}'
        "</div></div>" for c in group.get("claims", []))
    more = group["n_claims"] - len(group.get("claims", []))
    extra = f'<p class="note">and {plural(more, "more claim")}</p>' if more > 0 else ""
    return (f'<div class="conflict" id="group-{e(group["cluster_id"])}"><h4>{_what(group)} '
            f'<span class="note">{plural(group["n_independent"], "independent source")}'
            f'</span></h4><div class="claims">{cards}</div>{extra}'
            f'<p class="reason">{e(group["reason"])}</p></div>')


def _agreement(group: Mapping[str, Any], links: SourceLinks) -> str:
    values = " · ".join(
        _written(c) + " " + links.link(c["source_id"], c["char_start"], c["char_end"],
                                       c["outlet"] or c["source_id"])
        for c in group.get("claims", []))
    return (f'<li title="{e(group["reason"])}"><strong>{_what(group)}</strong>: {values}</li>')


def _more(story: Story, verdict: str, what: str) -> str:
    more = story.n_groups[verdict] - len(story.groups.get(verdict, []))
    return (f'<p class="note">and {plural(more, what)} (<code>claim_groups</code> with '
            f"<code>verdict = {verdict}</code>)</p>" if more > 0 else "")


def _names(groups: list[dict[str, Any]], n: int = 6) -> str:
    names = sorted({_what(g) for g in groups})
    more = f", and {len(names) - n:,} more" if len(names) > n else ""
    return ", ".join(names[:n]) + more


def _numbers(story: Story, links: SourceLinks) -> str:
    out = []
    conflicts = story.groups.get("conflicts", [])
    if conflicts:
        out.append("<h4>Numbers the sources disagree on</h4>"
                   + "".join(_conflict(g, story, links) for g in conflicts)
                   + _more(story, "conflicts", "more disputed number"))
    agrees = story.groups.get("agrees", [])
    if agrees:
        out.append("<h4>Numbers they agree on</h4><ul class=agrees>"
                   + "".join(_agreement(g, links) for g in agrees) + "</ul>"
                   + _more(story, "agrees", "more agreed number"))
    folded = [(v, story.groups[v]) for v in NOT_COMPARED if story.groups.get(v)]
    if folded:
        n = sum(len(gs) for _, gs in folded)
        counts = ", ".join(f"{len(gs):,} {v.replace('_', ' ')}" for v, gs in folded)
        items = "".join(f"<li><code>{e(v)}</code> ({_names(gs)}): {e(NOT_COMPARED[v])}.</li>"
                        for v, gs in folded)
        out.append(f'<details class="uncompared"><summary>{plural(n, "group")} of claims not '
                   f"compared ({counts})</summary><ul>{items}</ul><p class=note>Each group's "
                   "reason: <code>claim_groups.reason</code>.</p></details>")
    if not out:
        return ('<p class="note">No number given by two of its sources for the same '
                "measure.</p>")
    return "".join(out)


def _badges(story: Story) -> str:
    n_conf, n_agree = story.n_groups["conflicts"], story.n_groups["agrees"]
    out = []
    if n_conf:
        out.append(f'<span class="badge bad">{plural(n_conf, "number")} disputed</span>')
    if n_agree:
        out.append(f'<span class="badge good">{plural(n_agree, "number")} agreed</span>')
    return " ".join(out)


def story_section(story: Story, links: SourceLinks, *, open_: bool = False) -> str:
    """One story, folded into its summary line (title, dates, counts, badges)."""
    r = story.row
    copies = r["n_sources"] - r["n_independent"]
    counts = (f'{plural(r["n_sources"], "article")} · {plural(r["n_outlets"], "outlet")} · '
              f'{r["n_independent"]:,} independent'
              + (f" ({plural(copies, 'copy', 'copies')})" if copies else ""))
    return render("story.html", id=e(r["story_id"]), open=" open" if open_ else "",
                  title=e(r["title"]), dates=e(_dates(r)), counts=counts,
                  badges=_badges(story), sources=_sources(story, links),
                  timeline=_timeline(story, links), quoted=_quoted(story, links),
                  numbers=_numbers(story, links))


def _within(stories: list[Story], budget: int, links: SourceLinks, first: bool
            ) -> list[tuple[Story, str]]:
    """The first ``stories`` whose HTML fits in ``budget`` bytes (one at least), rendered;
    their links added to ``links``."""
    out: list[tuple[Story, str]] = []
    used = 0
    for s in stories:
        mine = SourceLinks()
        html = story_section(s, mine, open_=first and not out)
        used += len(html.encode())
        if out and used > budget:
            break
        out.append((s, html))
        links.merge(mine)
    return out


def stories_section(stories: Stories, links: SourceLinks) -> str:
    """The list of stories (those with most sources, then those whose sources disagree, each
    within its byte budget), then a note on the rest."""
    if not stories.shown:
        return '<p class="note">No stories in this release.</p>'
    top = _within(stories.shown[:stories.n_top], TOP_BYTES, links, True)
    more = _within(stories.shown[stories.n_top:], CONFLICT_BYTES, links, False)
    kept = top + more
    items = "\n".join(html for _, html in kept)
    n, shown = stories.n_stories, len(kept)
    notes = []
    if n > shown:
        notes.append(f"{plural(n - shown, 'more story', 'more stories')} (fewer independent "
                     'sources) are in the <a href="#table-stories">stories table</a>.')
    hidden = stories.n_conflicts - sum(s.n_groups["conflicts"] for s, _ in kept)
    if hidden:
        notes.append(f"{plural(hidden, 'more disputed number')} in stories not listed here: "
                     '<a href="#table-claim_groups">claim_groups</a> with '
                     "<code>verdict = conflicts</code>.")
    listed = ("It is shown below with" if n == 1 else
              "All are listed below (most independent sources first, then by date), each with"
              if shown == n else
              f"Listed below: the {len(top):,} told by most independent sources (then by date)"
              + (f" and {len(more):,} more whose sources disagree" if more else "")
              + ", each with")
    return render("stories.html", n_stories=plural(n, "story", "stories"),
                  n_multi=f"{stories.n_multi:,}",
                  n_with_conflicts=plural(stories.n_with_conflicts, "story", "stories"),
                  listed=listed, n_shown=plural(shown, "story", "stories"), items=items,
                  rest=f'<p class="note">{" ".join(notes)}</p>' if notes else "")
