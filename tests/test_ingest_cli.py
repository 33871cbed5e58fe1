"""`provenance ingest` on files, folders, stdin and HTML: decoding, errors per file, summary."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from provenance.errors import InvalidInput
from provenance.reading import decode, expand, read_document

Cli = Callable[..., Result]
URL = "https://example.org/demining"
ARTICLE = (
    "Demining begins in Kursk\n\n"
    "North Korean engineers have begun clearing mines in Kursk, The Moscow Times reported "
    "on November 14, citing Krasnaya Zvezda.\n\n"
    "Demining will take more than a year, according to The Moscow Times.\n"
)
PAGE = """<!doctype html><html><head><title>Demining begins | The Kyiv Independent</title>
<meta property="og:site_name" content="The Kyiv Independent">
<meta property="article:published_time" content="2025-11-15T08:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Demining begins</h1>
<p>North Korean engineers have begun clearing mines in Kursk, The Moscow Times reported on
November 14, citing Krasnaya Zvezda, the newspaper of Russia's Defense Ministry.</p>
<p>Demining will take more than a year, according to The Moscow Times, which cited officials
who asked not to be named because they were not authorised to speak.</p></article>
<footer>Subscribe to our newsletter</footer></body></html>
"""


def claims(cli: Cli, *args: str) -> list[dict[str, object]]:
    result = cli("claims", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def articles(cli: Cli) -> list[dict[str, object]]:
    return json.loads(cli("articles", "--format", "json").stdout)


def test_offsets_index_the_text_as_python_reads_it(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    result = cli("ingest", str(path))
    assert result.exit_code == 0, result.output
    with open(path, encoding="utf-8") as handle:  # text mode: universal newlines
        text = handle.read()
    found = claims(cli)
    assert found
    for claim in found:
        assert text[claim["start"] : claim["end"]] == claim["text"]  # type: ignore[misc]


def test_summary_counts_new_and_skipped(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.md").write_text(ARTICLE.replace("Kursk", "Belgorod"), encoding="utf-8")
    first = cli("ingest", str(tmp_path / "a.txt"))
    assert "articles new" in first.stdout

    second = cli("ingest", str(tmp_path))

    assert second.exit_code == 0, second.output
    assert "a.txt: already ingested as article 1; nothing added" in second.stderr
    rows = {
        line.split("│")[1].strip(): line.split("│")[2].strip()
        for line in second.stdout.splitlines()
        if line.count("│") == 3
    }
    assert rows["articles new"] == "1"
    assert rows["articles skipped (already ingested)"] == "1"
    assert rows["sources known"] == "2"
    assert rows["sources new"] == "0"


def test_a_bad_file_is_reported_by_name_and_the_others_go_on(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "empty.md").write_text("  \n", encoding="utf-8")

    result = cli("ingest", str(tmp_path), str(tmp_path / "missing.txt"))

    assert result.exit_code == 2
    assert "binary.txt: not text" in result.stderr
    assert "empty.md: empty" in result.stderr
    assert "missing.txt: no such file" in result.stderr
    assert "Traceback" not in result.output
    assert [a["origin"] for a in articles(cli)] == [str(tmp_path / "good.txt")]


def test_legacy_encoding_is_decoded_and_noted(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes(ARTICLE.replace("Kursk", "Kursk\u2019s region").encode("cp1252"))
    result = cli("ingest", str(path))
    assert result.exit_code == 0, result.output
    assert "decoded as cp1252" in result.stderr
    assert any("Kursk\u2019s region" in c["text"] for c in claims(cli))  # type: ignore[operator]


def test_standard_input(cli: Cli) -> None:
    result = cli("ingest", "-", "--publisher", "Kyiv Post", "--date", "2025-11-14", input=ARTICLE)
    assert result.exit_code == 0, result.output
    [article] = articles(cli)
    assert (article["origin"], article["publisher"], article["published_on"]) == (
        "-",
        "Kyiv Post",
        "2025-11-14",
    )


def test_html_is_reduced_to_the_article_and_its_metadata(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    result = cli("ingest", str(tmp_path / "page.html"))
    assert result.exit_code == 0, result.output
    [article] = articles(cli)
    assert article["title"] == "Demining begins"
    assert article["publisher"] == "The Kyiv Independent"
    assert article["published_on"] == "2025-11-15"
    assert claims(cli, "--source", "Krasnaya Zvezda")
    show = cli("show", "1", "--format", "json")
    assert "Subscribe" not in show.stdout
    assert "Home" not in show.stdout


def test_options_win_over_the_page(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "page.htm").write_text(PAGE, encoding="utf-8")
    result = cli("ingest", str(tmp_path / "page.htm"), "--title", "Mine clearing", "--url", URL)
    assert result.exit_code == 0, result.output
    [article] = articles(cli)
    assert (article["title"], article["url"]) == ("Mine clearing", URL)


def test_a_date_that_is_not_iso_is_an_error(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = cli("ingest", str(tmp_path / "a.txt"), "--date", "14 November")
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: not an ISO date (YYYY-MM-DD): '14 November'"
    assert articles(cli) == []


def test_one_title_for_many_files_is_refused(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE + "More.\n", encoding="utf-8")
    result = cli("ingest", str(tmp_path), "--title", "One")
    assert result.exit_code == 2
    assert "one article" in result.stderr


def test_folders_are_searched_recursively_for_articles(tmp_path: Path) -> None:
    for name in ("a.txt", "sub/b.md", "sub/deeper/c.html", "d.HTM", "e.png", ".hidden/f.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    found = [Path(p).relative_to(tmp_path).as_posix() for p in expand([str(tmp_path)])]  # type: ignore[arg-type]
    assert found == ["a.txt", "d.HTM", "sub/b.md", "sub/deeper/c.html"]


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (b"a\r\nb\rc\n", "a\nb\nc\n", "utf-8"),
        ("caf\u00e9".encode(), "caf\u00e9", "utf-8"),
        ("caf\u00e9".encode("cp1252"), "caf\u00e9", "cp1252"),
        ("\ufeffhi".encode("utf-16"), "\ufeffhi", "utf-16"),
    ],
)
def test_decoding_policy(data: bytes, text: str, encoding: str) -> None:
    assert decode(data) == (text, encoding)


def test_bytes_undefined_in_cp1252_are_not_decodable() -> None:
    with pytest.raises(InvalidInput, match="not UTF-8"):
        decode(b"abc \x81\x8d")


def test_html_on_standard_input_is_recognised(tmp_path: Path) -> None:
    source = tmp_path / "page"
    source.write_text(PAGE, encoding="utf-8")
    with open(source, "rb") as handle:
        doc = read_document("-", stdin=handle)
    assert doc.html
    assert doc.title == "Demining begins"


def test_many_files_are_extracted_in_workers_and_stored_in_order(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(12):
        (folder / f"{i:02d}.txt").write_text(ARTICLE.replace("Kursk", f"Kursk-{i}"), "utf-8")
    (folder / "05b.txt").write_bytes(b"\x00\x01binary")

    result = cli("ingest", str(folder), "--jobs", "2")

    assert result.exit_code == 2
    assert "05b.txt: not text" in result.stderr
    origins = [Path(str(a["origin"])).name for a in articles(cli)]
    assert origins == [f"{i:02d}.txt" for i in range(12)]
    for claim in claims(cli, "--source", "Moscow Times"):
        article = int(claim["article_id"])  # type: ignore[call-overload]
        assert f"Kursk-{article - 1}" in str(claim["text"]) or "year" in str(claim["text"])


def test_a_url_that_is_not_http_is_an_error(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = cli("ingest", str(tmp_path / "a.txt"), "--url", "javascript:alert(1)")
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: not an http(s) URL: 'javascript:alert(1)'"


def test_a_file_too_large_for_an_article_is_refused_by_name(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "dump.txt").write_text("word " * 1_100_000, encoding="utf-8")
    result = cli("ingest", str(tmp_path / "dump.txt"))
    assert result.exit_code == 2
    assert "dump.txt: too large for an article" in result.stderr
    assert articles(cli) == []
