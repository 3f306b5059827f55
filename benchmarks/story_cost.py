"""What building stories costs as a corpus grows: CPU seconds of the story stage alone.

    python -m benchmarks.story_cost [--sizes 2000 20000] [--up-to 100000] [--workers 2]

Extracts each article's story keys from the deterministic synthetic corpus
(``newsledger.synthetic``: the same articles a build of that size reads), then times, on one
core, what reconciliation does with them: the TF-IDF profiles, the blocking, the pair
probabilities and the average-link clustering (``reconcile/stories.py``). ``--up-to N`` also
times N articles made from the largest size by shifting copies of it 1,500 days apart (new
ids, the same keys): as many stories again each time, which is what a growing archive adds;
extracting 100,000 articles only for their keys would take most of an hour on 2 cores.

Compare the seconds with the build's total at the same size (``make bench``): the issue's goal
is at most 10% of the build at 100,000 articles, and cost per article that does not grow.
"""
from __future__ import annotations

import argparse
import datetime as dt
import time
from concurrent.futures import ProcessPoolExecutor

from newsledger.reconcile import stories as S
from newsledger.synthetic import iter_articles


def _item(args: tuple[str, str, str]) -> S.StoryItem:
    from newsledger.extract.article import extract_all

    aid, published, text = args
    day = dt.date.fromisoformat(published)
    return S.StoryItem(aid, day, dict(extract_all(text, day).keys.terms))


def items_of(n: int, workers: int) -> list[S.StoryItem]:
    with ProcessPoolExecutor(workers) as pool:
        return list(pool.map(_item, iter_articles(n), chunksize=50))


def grown(items: list[S.StoryItem], n: int) -> list[S.StoryItem]:
    out: list[S.StoryItem] = []
    k = 0
    while len(out) < n:
        out.extend(S.StoryItem(f"{it.source_id}-{k}", it.published + dt.timedelta(days=1500 * k),
                               it.terms) for it in items[:n - len(out)])
        k += 1
    return out


def timed(items: list[S.StoryItem]) -> str:
    items = sorted(items, key=lambda i: i.source_id)
    t0 = time.process_time()
    profiles = S.profiles_of(items)
    t1 = time.process_time()
    groups = S.linked_profiles(profiles)[0]
    t2 = time.process_time()
    n = len(items)
    return (f"| {n:,} | {t2 - t0:.2f} s | {(t2 - t0) / n * 1000:.3f} ms | {t1 - t0:.2f} s | "
            f"{t2 - t1:.2f} s | {len(groups):,} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--up-to", type=int, default=0)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    print("| articles | stories stage (CPU) | per article | profiles | blocking, pairs, "
          "clustering | stories |")
    print("|---|---|---|---|---|---|")
    items: list[S.StoryItem] = []
    for n in sorted(args.sizes):
        items = items_of(n, args.workers)
        print(timed(items), flush=True)
    if args.up_to and items:
        print(timed(grown(items, args.up_to)), flush=True)


if __name__ == "__main__":
    main()
