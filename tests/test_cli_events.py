"""`dateline events` and `dateline export gdelt` on a database built from hand-written records
(no parse): filters, order, the line format, JSON Lines, and GDELT rows."""

import json

import pytest

from dateline.cli import main
from dateline.gdelt import COLUMNS
from dateline.record import Article
from dateline.store import Store

OLD_TEXT = (
    "NAIROBI - Kenya's government deployed police to Nairobi on Monday.\n\n"
    '"We did not attack anyone," the rebels said.'
)
NEW_TEXT = (
    "ADDIS ABABA - Ethiopian troops fired on protesters in Addis Ababa.\n\n"
    "The United Nations urged Kenya to hold talks."
)


def _event(**fields):
    event = {
        "id": "ev1",
        "actor": None,
        "actor_code": None,
        "actor_id": None,
        "target": None,
        "target_code": None,
        "target_id": None,
        "action": "",
        "action_start": 0,
        "action_end": 0,
        "code": "",
        "root": "",
        "quad_class": None,
        "goldstein": None,
        "plover": None,
        "negated": False,
        "reported_by": None,
        "date": None,
        "place": None,
        "place_id": None,
        "text": "",
        "start": 0,
        "end": 0,
    }
    event.update(fields)
    return event


def _at(text, words):
    start = text.index(words)
    return start, start + len(words)


def old_article() -> Article:
    """Published 2016: a deployment in Nairobi, and a denied attack inside a rebel quote."""
    text = OLD_TEXT
    deploy = _at(text, "Kenya's government deployed police to Nairobi")
    deny = _at(text, "We did not attack anyone")
    return Article(
        id="old0000000000001",
        text=text,
        title="Kenya deploys police",
        url="https://example.com/kenya",
        published="2016-09-13T09:30:00+03:00",
        tone={"tone": -2.5, "positive": 1.0, "negative": 3.5},
        places=[
            {
                "name": "Nairobi",
                "entity_id": "e2",
                "country": "KEN",
                "lat": -1.28333,
                "lon": 36.81667,
                "geonameid": 184745,
                "feature": "city",
            }
        ],
        quotes=[
            {
                "id": "q1",
                "text": "We did not attack anyone",
                "start": deny[0],
                "end": deny[1],
                "direct": True,
                "cue": "said",
                "speaker": "the rebels",
                "speaker_id": None,
            }
        ],
        events=[
            _event(
                id="ev1",
                actor="Kenya's government",
                actor_code="KENGOV",
                actor_id="e1",
                target="police",
                target_code="KENCOP",
                action="deployed",
                code="0871",
                root="08",
                quad_class=2,
                goldstein=5.2,
                plover="MOBILIZE",
                date="2016-09-12",
                place="Nairobi",
                place_id="e2",
                text=text[deploy[0] : deploy[1]],
                start=deploy[0],
                end=deploy[1],
            ),
            _event(
                id="ev2",
                actor="the rebels",
                actor_code="REB",
                action="attack",
                code="190",
                root="19",
                quad_class=4,
                goldstein=-10.0,
                plover="ASSAULT",
                negated=True,
                reported_by="q1",
                text=text[deny[0] : deny[1]],
                start=deny[0],
                end=deny[1],
            ),
        ],
    )


def new_article() -> Article:
    """Published 2024, undated events: troops firing on protesters, a UN appeal to Kenya."""
    text = NEW_TEXT
    fire = _at(text, "Ethiopian troops fired on protesters in Addis Ababa")
    urge = _at(text, "The United Nations urged Kenya to hold talks")
    return Article(
        id="new0000000000002",
        text=text,
        title="Troops fire on protesters",
        url="https://example.com/ethiopia",
        published="2024-05-21",
        events=[
            _event(
                id="ev1",
                actor="Ethiopian troops",
                actor_code="ETHMIL",
                target="protesters",
                target_code="ETHOPP",
                action="fired on",
                code="1951",
                root="19",
                quad_class=4,
                goldstein=-10.0,
                plover="ASSAULT",
                place="Addis Ababa",
                text=text[fire[0] : fire[1]],
                start=fire[0],
                end=fire[1],
            ),
            _event(
                id="ev2",
                actor="United Nations",
                actor_code="IGOUNO",
                target="Kenya",
                target_code="KEN",
                action="urged hold talks",
                code="1041",
                root="10",
                quad_class=3,
                goldstein=-5.0,
                plover="REQUEST",
                text=text[urge[0] : urge[1]],
                start=urge[0],
                end=urge[1],
            ),
        ],
    )


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "events.db"
    with Store(path) as store:
        assert store.add(old_article()) and store.add(new_article())
        # An article stored before the events extractor: no events, nothing exported.
        assert store.add(Article(id="bare000000000003", text="Nothing happened.", title="Bare"))
    return str(path)


def run(capsys, *args):
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def lines(out):
    return out.splitlines()


def test_every_event_newest_article_first(db, capsys):
    status, out, err = run(capsys, "events", "--db", db)
    assert status == 0
    assert err.strip() == "4 events found"
    got = lines(out)
    assert len(got) == 4
    # 2024 article first (its events in text order), then the 2016 one.
    assert "Ethiopian troops (ETHMIL) fired on protesters (ETHOPP)" in got[0]
    assert "United Nations (IGOUNO) urged hold talks Kenya (KEN)" in got[1]
    assert "Kenya's government (KENGOV) deployed police (KENCOP)" in got[2]
    assert "the rebels (REB) attack" in got[3]


def test_line_shows_date_code_plover_place_and_article(db, capsys):
    _, out, _ = run(capsys, "events", "--db", db, "--code", "0871")
    [line] = lines(out)
    assert line.startswith("2016-09-12  0871/MOBILIZE")  # the event's own date
    assert line.endswith("in Nairobi — Kenya deploys police")
    assert "(negated)" not in line and "reported by" not in line
    _, out, _ = run(capsys, "events", "--db", db, "--code", "1951")
    [line] = lines(out)
    assert line.startswith("2024-05-21  1951/ASSAULT")  # no event date: the article's


def test_negated_and_reported_by_speaker(db, capsys):
    _, out, _ = run(capsys, "events", "--db", db, "--code", "190")
    [line] = lines(out)
    assert line.startswith("2016-09-13  190/ASSAULT")
    assert "the rebels (REB) attack (negated) [reported by the rebels] — Kenya deploys" in line


def test_actor_matches_codes_and_names(db, capsys):
    status, out, err = run(capsys, "events", "--db", db, "--actor", "KEN")
    assert status == 0
    got = lines(out)
    # KENGOV (actor code), KEN (target code of the UN appeal); "Kenya's government" by name.
    assert len(got) == 2 and err.strip() == "2 events found"
    assert "urged hold talks Kenya (KEN)" in got[0]
    assert "Kenya's government (KENGOV)" in got[1]
    # A name only: "nations" is inside "United Nations", not at the start of any code.
    _, out, _ = run(capsys, "events", "--db", db, "--actor", "nations")
    [line] = lines(out)
    assert "United Nations (IGOUNO)" in line
    # A code only: IGO starts IGOUNO; no name contains "igo".
    _, out, _ = run(capsys, "events", "--db", db, "--actor", "igo")
    assert len(lines(out)) == 1 and "IGOUNO" in out
    # Codes match from their start only: MIL is inside ETHMIL, and in no name.
    _, out, err = run(capsys, "events", "--db", db, "--actor", "MIL")
    assert out == "" and err.strip() == "0 events found"


def test_root_forms_and_code_prefix(db, capsys):
    _, out, _ = run(capsys, "events", "--db", db, "--root", "19")
    got = lines(out)
    assert len(got) == 2 and all("ASSAULT" in line for line in got)
    _, out, err = run(capsys, "events", "--db", db, "--root", "4")
    assert out == "" and err.strip() == "0 events found"
    _, out, _ = run(capsys, "events", "--db", db, "--root", "8")
    [line] = lines(out)
    assert "0871/MOBILIZE" in line
    _, out, _ = run(capsys, "events", "--db", db, "--root", "08")
    assert lines(out) == [line]
    _, out, _ = run(capsys, "events", "--db", db, "--code", "19")
    assert len(lines(out)) == 2
    _, out, _ = run(capsys, "events", "--db", db, "--code", "195")
    [line] = lines(out)
    assert "1951/ASSAULT" in line


def test_plover_is_exact_and_case_insensitive(db, capsys):
    _, out, _ = run(capsys, "events", "--db", db, "--plover", "assault")
    got = lines(out)
    assert len(got) == 2 and all("/ASSAULT" in line for line in got)
    _, out, _ = run(capsys, "events", "--db", db, "--plover", "request", "--actor", "un")
    [line] = lines(out)
    assert "1041/REQUEST" in line
    with pytest.raises(SystemExit):  # not a PLOVER type: refused, as --root 99 is
        run(capsys, "events", "--db", db, "--plover", "ASSAUL")
    assert "unknown PLOVER type 'ASSAUL'" in capsys.readouterr().err


def test_limit_keeps_the_newest_and_reports_the_total(db, capsys):
    _, out, err = run(capsys, "events", "--db", db, "--limit", "1")
    [line] = lines(out)
    assert "1951/ASSAULT" in line
    assert err.strip() == "4 events found"


def test_jsonl_is_one_parseable_object_per_event(db, capsys):
    status, out, _ = run(capsys, "events", "--db", db, "--format", "jsonl", "--root", "19")
    assert status == 0
    records = [json.loads(line) for line in lines(out)]
    assert [(r["article_id"], r["id"], r["code"]) for r in records] == [
        ("new0000000000002", "ev1", "1951"),
        ("old0000000000001", "ev2", "190"),
    ]
    newest, denied = records
    assert newest["negated"] is False and denied["negated"] is True
    assert denied["reported_by"] == "q1" and denied["reported_by_speaker"] == "the rebels"
    assert newest["published"] == "2024-05-21"
    assert newest["article_title"] == "Troops fire on protesters"
    assert newest["quad_class"] == 4 and newest["goldstein"] == -10.0


@pytest.mark.parametrize(
    "args",
    [["--root", "21"], ["--root", "x"], ["--code", "19a"], ["--limit", "0"]],
)
def test_bad_filters_exit_2(db, capsys, args):
    with pytest.raises(SystemExit) as exit_info:
        main(["events", "--db", db, *args])
    assert exit_info.value.code == 2


@pytest.mark.parametrize("command", [["events"], ["export", "gdelt"]])
def test_missing_database_is_a_clear_error(tmp_path, capsys, command):
    missing = tmp_path / "none.db"
    status, out, err = run(capsys, *command, "--db", str(missing))
    assert status == 1
    assert out == ""
    assert f"no database at {missing}" in err and "dateline ingest" in err
    assert not missing.exists()  # the check does not create an empty database


def test_export_gdelt_rows_to_stdout(db, capsys):
    status, out, err = run(capsys, "export", "gdelt", "--db", db)
    assert status == 0
    rows = [line.split("\t") for line in lines(out)]
    assert all(len(row) == 61 for row in rows)
    # Oldest article first; its negated event is not exported; ids count on across articles.
    assert [row[COLUMNS.index("GLOBALEVENTID")] for row in rows] == ["1", "2", "3"]
    assert [row[COLUMNS.index("EventCode")] for row in rows] == ["0871", "1951", "1041"]
    assert [row[COLUMNS.index("SOURCEURL")] for row in rows] == [
        "https://example.com/kenya",
        "https://example.com/ethiopia",
        "https://example.com/ethiopia",
    ]
    first = dict(zip(COLUMNS, rows[0], strict=True))
    assert first["SQLDATE"] == "20160912"
    assert (first["Actor1Code"], first["Actor1CountryCode"], first["Actor1Type1Code"]) == (
        "KENGOV",
        "KEN",
        "GOV",
    )
    assert first["AvgTone"] == "-2.5"  # the article's tone
    assert first["ActionGeo_FullName"] == "Nairobi, Kenya"
    assert first["ActionGeo_CountryCode"] == "KE"  # FIPS, as GDELT
    assert first["DATEADDED"] == "20160913063000"
    second = dict(zip(COLUMNS, rows[1], strict=True))
    assert second["SQLDATE"] == "20240521"  # no event date: the article's
    assert second["AvgTone"] == ""  # the article has no tone
    assert err.strip() == "dateline: wrote 3 GDELT event rows from 2 articles to stdout"


def test_export_gdelt_header_only_when_asked(db, capsys):
    _, plain, _ = run(capsys, "export", "gdelt", "--db", db)
    _, headed, err = run(capsys, "export", "gdelt", "--db", db, "--header")
    header, *rest = lines(headed)
    assert header.split("\t") == list(COLUMNS)
    assert rest == lines(plain)
    assert not lines(plain)[0].startswith("GLOBALEVENTID")
    assert "wrote 3 GDELT event rows" in err  # the header is not counted


def test_export_gdelt_to_a_file(db, tmp_path, capsys):
    target = tmp_path / "events.tsv"
    status, out, err = run(capsys, "export", "gdelt", "--db", db, "--out", str(target), "--header")
    assert status == 0 and out == ""
    written = target.read_text(encoding="utf-8").split("\n")
    assert written[-1] == ""  # every line ends with a newline
    assert written[0].startswith("GLOBALEVENTID\tSQLDATE\t")
    assert len(written[1:-1]) == 3 and all(len(line.split("\t")) == 61 for line in written[1:-1])
    assert f"to {target}" in err
    status, _, err = run(capsys, "export", "gdelt", "--db", db, "--out", str(tmp_path / "no" / "x"))
    assert status == 1 and "cannot write" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export"], "the following arguments are required: FORMAT"),
        (["export", "csv"], "invalid choice: 'csv'"),
    ],
)
def test_export_needs_a_known_format(capsys, args, message):
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err
