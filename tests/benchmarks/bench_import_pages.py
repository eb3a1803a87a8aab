"""Hamish's HTML importer beside trafilatura (default and favor_precision), readability-lxml and newspaper4k,
on the saved pages in tests/data/import/pages (our own articles in the layouts of Arabic news sites).

Run on demand (the other extractors come with `pip install -e '.[bench]'`):
    python tests/benchmarks/bench_import_pages.py [--repeat N]
Prints, for each extractor: title accuracy, body F1 against gold.json (word bag), boilerplate strings kept,
gold paragraphs lost, and pages per second in-process (best of N runs, same machine, same run), counted on
the process's CPU time so that other programs on a shared machine do not skew the ratio.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.core.importing import import_bytes  # noqa: E402
from desktop.core.importing.matching import match_key  # noqa: E402

PAGES = ROOT / "tests" / "data" / "import" / "pages"
_WORD = re.compile(r"\w+(?:[.,]\w+)*%?")

Extractor = Callable[[bytes], tuple[str, str]]  # page bytes → (title, body text)


def words(text: str) -> Counter:
    return Counter(_WORD.findall(unicodedata.normalize("NFC", text)))


def f1(got: str, gold: str) -> float:
    a, b = words(got), words(gold)
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def _flat(text: str) -> str:
    return " ".join(text.split())


def hamish(page: bytes) -> tuple[str, str]:
    document = import_bytes(page, "page.html")
    return document.title, document.text


def _decoded(page: bytes) -> str:
    from desktop.core.importing.decoding import decode
    from desktop.core.importing.html import declared_charset

    return decode(page, declared=declared_charset(page))[0]


def trafilatura_extractor(precision: bool) -> Extractor:
    def run(page: bytes) -> tuple[str, str]:
        from trafilatura import bare_extraction

        document = bare_extraction(_decoded(page), with_metadata=True, favor_precision=precision,
                                   include_comments=False)
        if document is None:
            return "", ""
        return document.title or "", document.text or ""
    return run


def readability(page: bytes) -> tuple[str, str]:
    import lxml.html
    from readability import Document

    document = Document(_decoded(page))
    summary = lxml.html.fromstring(document.summary())
    text = "\n".join(" ".join(block.text_content().split())
                     for block in summary.iter("p", "h1", "h2", "h3", "li", "td") if block.text_content().strip())
    return document.short_title(), text


def newspaper(page: bytes) -> tuple[str, str]:
    from newspaper import Article

    article = Article("https://news.example/a.html", language="ar", fetch_images=False)
    article.download(input_html=_decoded(page))
    article.parse()
    return article.title or "", article.text or ""


def available() -> dict[str, Extractor]:
    found: dict[str, Extractor] = {"hamish": hamish}
    for name, module, extractor in (
        ("trafilatura", "trafilatura", trafilatura_extractor(False)),
        ("trafilatura precision", "trafilatura", trafilatura_extractor(True)),
        ("readability-lxml", "readability", readability),
        ("newspaper4k", "newspaper", newspaper),
    ):
        try:
            __import__(module)
        except ImportError:
            print(f"({name}: not installed; pip install -e '.[bench]')")
            continue
        found[name] = extractor
    return found


def score(extract: Extractor, pages: dict[str, bytes], gold: dict, verbose: bool) -> dict:
    titles = kept = lost = 0
    scores = []
    for name, page in pages.items():
        expected = gold[name]
        try:
            title, text = extract(page)
        except Exception as error:  # an extractor that fails on a page scores zero on it
            title, text = "", ""
            if verbose:
                print(f"  {name}: {type(error).__name__}: {error}")
        body = "\n\n".join(expected["body"])
        titles += match_key(title) == match_key(expected["title"])
        scores.append(f1(text, body))
        if verbose and scores[-1] < 0.98:
            print(f"  {name}: body F1 {scores[-1]:.3f}")
        flat = _flat(text)
        page_kept = [s for s in expected["boilerplate"] if s in text]
        page_lost = [p for p in expected["body"] if _flat(p) not in flat]
        kept += len(page_kept)
        lost += len(page_lost)
        if verbose and (page_kept or page_lost or match_key(title) != match_key(expected["title"])):
            print(f"  {name}: title={title!r} kept={page_kept} lost={[p[:40] for p in page_lost]}")
    return {"titles": titles, "f1": sum(scores) / len(scores), "kept": kept, "lost": lost}


def speed(extract: Extractor, pages: dict[str, bytes], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for page in pages.values():
            try:
                extract(page)
            except Exception:
                pass
        best = min(best, time.process_time() - start)
    return len(pages) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--verbose", action="store_true", help="name each page that loses a title, text or keeps boilerplate")
    args = parser.parse_args()
    gold = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
    pages = {name: (PAGES / name).read_bytes() for name in gold}
    extractors = available()
    for extract in extractors.values():  # load each library once before timing
        extract(next(iter(pages.values())))
    print(f"{len(pages)} pages, {sum(len(g['body']) for g in gold.values())} gold paragraphs, "
          f"{sum(len(g['boilerplate']) for g in gold.values())} boilerplate strings\n")
    print(f"{'extractor':<24}{'titles':>10}{'body F1':>10}{'kept':>7}{'lost':>7}{'pages/s':>10}{'× hamish':>10}")
    base = None
    for name, extract in extractors.items():
        if args.verbose:
            print(name)
        result = score(extract, pages, gold, args.verbose)
        rate = speed(extract, pages, args.repeat)
        base = base or rate
        print(f"{name:<24}{result['titles']:>5}/{len(pages):<4}{result['f1']:>10.3f}{result['kept']:>7}"
              f"{result['lost']:>7}{rate:>10.1f}{rate / base:>10.2f}")


if __name__ == "__main__":
    main()
