"""Acceptance on the seed article: the facts of ../shared/gold/seed.json, nothing else."""

from __future__ import annotations

import subprocess
import sys

from kg import queries, store


def _named(build_dir, name):
    cols, rows = queries.run(store.open_store(build_dir, read_only=True), queries.named_query(name))
    return [dict(zip(cols, r)) for r in rows]


def test_posts_are_exactly_the_gold_posts(seed_build, seed_gold):
    got = sorted((r["person_name"], r["title"]) for r in _named(seed_build, "posts"))
    assert got == sorted(map(tuple, seed_gold["gold"]["posts"]))


def test_posts_carry_canonical_post_org_and_date(seed_build):
    rows = {(r["person_name"], r["title"]): r for r in _named(seed_build, "posts")}
    assert rows[("闫晨曦", "市委书记")]["post"] == "临汾市委书记"
    assert rows[("闫晨曦", "市委书记")]["organization"] == "中共临汾市委员会"
    assert rows[("李云峰", "市长")]["organization"] == "临汾市人民政府"
    assert {r["observed"] for r in rows.values()} == {"2022-03-21"}


def test_participants(seed_build):
    rows = _named(seed_build, "participants")
    roles = sorted((r["person_name"], r["role"]) for r in rows)
    assert roles == [("张潞萍", "attendee"), ("李云峰", "attendee"), ("闫晨曦", "chair"), ("闫晨曦", "speaker")]
    assert {r["date"] for r in rows} == {"2022-03-19"}
    assert {r["meeting_name"] for r in rows} == {"市委第七十三次专题会议暨市疫情防控工作领导小组会议"}


def test_people_include_byline_and_traditional_aliases(seed_build, seed_gold):
    rows = _named(seed_build, "people")
    names = {r["name"] for r in rows}
    assert names == set(seed_gold["gold"]["persons"])
    aliases = {r["name"]: r["aliases"] for r in rows}
    assert aliases["闫晨曦"] == "閆晨曦"


def test_meeting_row(seed_build):
    (m,) = _named(seed_build, "meetings")
    assert (m["date"], m["part_of_day"], m["format"]) == ("2022-03-19", "上午", "video")
    assert set(m["organizers"].split("|")) == {"中共临汾市委员会", "临汾市疫情防控工作领导小组"}


def test_cli_query_csv(seed_build):
    out = subprocess.run(
        [sys.executable, "-m", "kg.cli", "query", str(seed_build), "--named", "posts", "--format", "csv"],
        capture_output=True, text=True, check=True,
    ).stdout
    lines = out.strip().splitlines()
    assert lines[0] == "person_name,title,post,organization,observed,doc"
    assert len(lines) == 8


def test_cli_query_takes_a_named_query_by_its_bare_name(seed_build):
    def rows(*args):
        return subprocess.run([sys.executable, "-m", "kg.cli", "query", str(seed_build), *args, "--format", "csv"],
                              capture_output=True, text=True, check=True).stdout

    assert rows("posts") == rows("--named", "posts")


def test_cli_stats(seed_build):
    out = subprocess.run([sys.executable, "-m", "kg.cli", "stats", str(seed_build)], capture_output=True, text=True, check=True).stdout
    counts = dict(line.split()[:2] for line in out.splitlines()[2:11] if line.strip())
    assert counts["people"] == "6" and counts["articles"] == "1" and counts["meetings"] == "3"  # the joint meeting and its two parts
    assert "co-attendance: 3 people, 3 pairs" in out
