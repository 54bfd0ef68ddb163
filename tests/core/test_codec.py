"""The crossing's JSON shape: strict reading, round trips, every error in one pass."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Any

import pytest
from helpers.builders import (
    NOW,
    car_crossing,
    crossing,
    crossing_dict,
    person,
    predeclaration,
    vehicle,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borderdesk.core.codec import (
    CrossingFormatError,
    canonical_json,
    crossing_from_dict,
    crossing_to_dict,
    payload_sha256,
    predeclaration_from_dict,
)
from borderdesk.core.ids import is_uuid7, new_id
from borderdesk.core.model import (
    Crossing,
    Decision,
    Direction,
    DocumentType,
    PartialDate,
    PreDeclarationStatus,
    Role,
    TravelMode,
)
from borderdesk.core.validation import Severity, validate


def _errors(data: Any, **kw: Any) -> list[tuple[str, str]]:
    with pytest.raises(CrossingFormatError) as info:
        crossing_from_dict(data, **kw)
    assert all(f.severity is Severity.ERROR for f in info.value.findings)
    return [(f.field, f.code) for f in info.value.findings]


# -- round trips -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "make",
    [
        crossing,
        car_crossing,
        lambda: crossing(
            version=2,
            supersedes=new_id(),
            notes="Sửa họ tên",
            predeclaration_ref="PD-1",
            acknowledged=["document_expired", "cccd_sex_mismatch"],
            persons=[
                person(
                    document_type="cccd",
                    document_number="001190012345",
                    expiry_date=None,
                    birth_date="1990-05",
                    sex="X",
                )
            ],
        ),
        lambda: crossing(
            gate="CANGHAIPHONG",
            mode="vessel",
            direction="entry",
            decision="secondary",
            vehicle=vehicle(plate="IMO 9321483", kind="vessel", country="PAN"),
            persons=[
                person(
                    role="crew",
                    decision="refused",
                    nationality="PHL",
                    issuing_state="PHL",
                    document_type="seafarer_id",
                    document_number="SB123456",
                    birth_date="1977",
                )
            ],
        ),
    ],
)
def test_round_trip(make: Any) -> None:
    c: Crossing = make()
    data = crossing_to_dict(c)
    assert crossing_from_dict(data) == c
    # ... and through real JSON text, as `list --json | record` does
    assert crossing_from_dict(json.loads(json.dumps(data))) == c
    assert crossing_to_dict(crossing_from_dict(data)) == data


def test_to_dict_shape() -> None:
    c = crossing(time_utc="2026-01-01T16:30:00+00:00")
    data = crossing_to_dict(c)
    assert data["schema"] == 1
    assert data["time_utc"] == "2026-01-01T16:30:00Z"
    assert data["local_time"] == "2026-01-01T23:30:00+07:00"
    assert data["persons"][0]["identity"]["name_ascii"] == "NGUYEN VAN AN"
    assert data["vehicle"] is None
    assert data["acknowledged"] == []


def test_stored_form_is_the_output_without_derived_keys() -> None:
    """What a save hashes (``derived=False``) is the full shape minus ``local_time`` and
    ``name_ascii``, keys in the same order: hashes stored before this form existed
    (the full shape with those two keys deleted) still match."""
    c = crossing(time_utc="2026-01-01T16:30:00+00:00")
    full = crossing_to_dict(c)
    del full["local_time"]
    for entry in full["persons"]:
        del entry["identity"]["name_ascii"]
    stored = crossing_to_dict(c, derived=False)
    assert stored == full
    assert list(stored) == list(full)
    assert [list(p["identity"]) for p in stored["persons"]] == [
        list(p["identity"]) for p in full["persons"]]
    assert canonical_json(stored) == canonical_json(full)


def test_output_only_keys_are_accepted() -> None:
    data = crossing_dict(
        local_time="whatever",
        recorded_at="2026-01-01T00:00:00Z",
        sync_state="pending",
        schema=1,
    )
    data["persons"][0]["identity"]["name_ascii"] = "ANYTHING"
    c = crossing_from_dict(data)
    assert c.persons[0].identity.name_ascii == "NGUYEN VAN AN"


def test_values_are_read() -> None:
    c = crossing(
        direction="entry",
        mode="car",
        vehicle=vehicle(),
        persons=[
            person(
                role="driver", decision="secondary", document_type="border_pass_vn_cn"
            )
        ],
    )
    assert c.direction is Direction.ENTRY
    assert c.mode is TravelMode.CAR
    assert c.persons[0].role is Role.DRIVER
    assert c.persons[0].decision is Decision.SECONDARY
    assert c.persons[0].identity.document_type is DocumentType.BORDER_PASS_CN
    assert c.persons[0].identity.birth_date == PartialDate(1990, 5, 17)
    assert c.persons[0].identity.expiry_date == date(2031, 1, 1)


# -- defaults --------------------------------------------------------------------------


def test_defaults_fill_absent_keys() -> None:
    data = crossing_dict(
        gate=None,
        terminal=None,
        officer=None,
        timezone=None,
        time_utc=None,
        mode=None,
        id=None,
    )
    data["persons"][0].pop("role")
    c = crossing_from_dict(
        data, defaults={"gate": "laobao", "terminal": "T09", "officer": "le.b"}, now=NOW
    )
    assert (c.gate, c.terminal, c.officer) == ("LAOBAO", "T09", "le.b")
    assert c.timezone == "Asia/Ho_Chi_Minh"  # the gate's zone
    assert c.time_utc == NOW
    assert c.mode is TravelMode.FOOT
    assert c.persons[0].role is Role.TRAVELLER
    assert c.version == 1
    assert c.supersedes is None
    assert is_uuid7(c.id)


def test_given_values_win_over_defaults() -> None:
    c = crossing_from_dict(
        crossing_dict(gate="MOCBAI"), defaults={"gate": "LAOBAO", "terminal": "T09"}
    )
    assert (c.gate, c.terminal) == ("MOCBAI", "T01")


def test_null_means_absent() -> None:
    c = crossing_from_dict(
        crossing_dict(officer=None) | {"officer": None, "notes": None},
        defaults={"officer": "x"},
    )
    assert (c.officer, c.notes) == ("x", "")


@pytest.mark.parametrize("key", ["version", "supersedes", "mode", "timezone",
                                 "predeclaration_ref", "notes", "vehicle",
                                 "acknowledged", "time_utc"])
def test_null_reads_as_absent_without_defaults(key: str) -> None:
    now = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    absent = {k: v for k, v in crossing_dict().items() if k != key}
    assert crossing_from_dict(absent | {key: None}, now=now) == crossing_from_dict(
        absent, now=now)


def test_person_decision_defaults_to_the_crossing_decision() -> None:
    c = crossing(decision="secondary")
    assert c.persons[0].decision is Decision.SECONDARY


def test_vehicle_kind_defaults_to_mode() -> None:
    c = car_crossing(mode="truck", vehicle={"plate": "14C-12345", "country": "VNM"})
    assert c.vehicle is not None
    assert c.vehicle.kind is TravelMode.TRUCK


def test_time_absent_without_now_uses_the_clock() -> None:
    before = datetime.now(UTC)
    c = crossing_from_dict(crossing_dict(time_utc=None))
    assert before <= c.time_utc <= datetime.now(UTC)


# -- refusals --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("patch", "expected"),
    [
        ({"colour": "red"}, [("colour", "unknown_key")]),
        ({"mode": "plane"}, [("mode", "value_not_allowed")]),
        ({"direction": "sideways"}, [("direction", "value_not_allowed")]),
        ({"direction": None}, [("direction", "required")]),
        # the people inherit the crossing's decision, so they lack one too
        (
            {"decision": 1},
            [("decision", "value_not_allowed"), ("persons[0].decision", "required")],
        ),
        ({"id": str(__import__("uuid").uuid4())}, [("id", "id_invalid")]),
        ({"id": 12}, [("id", "id_invalid")]),
        ({"id": 0}, [("id", "id_invalid")]),
        ({"id": False}, [("id", "id_invalid")]),
        ({"id": []}, [("id", "id_invalid")]),
        ({"version": "2"}, [("version", "not_an_integer")]),
        ({"version": True}, [("version", "not_an_integer")]),
        ({"gate": 7}, [("gate", "not_a_string")]),
        ({"time_utc": "2026-03-10 03:00"}, [("time_utc", "time_without_zone")]),
        ({"time_utc": "yesterday"}, [("time_utc", "date_invalid")]),
        ({"time_utc": 1_700_000_000}, [("time_utc", "date_invalid")]),
        ({"persons": None}, [("persons", "required")]),
        ({"persons": {"0": {}}}, [("persons", "not_a_list")]),
        (
            {"persons": ["x"]},
            [("persons[0]", "not_an_object"), ("persons[0].identity", "required")],
        ),
        ({"acknowledged": "document_expired"}, [("acknowledged", "not_a_list")]),
        ({"acknowledged": [1]}, [("acknowledged", "not_a_list")]),
        ({"supersedes": "abc"}, [("supersedes", "id_invalid")]),
        ({"predeclaration_ref": 5}, [("predeclaration_ref", "not_a_string")]),
        ({"notes": ["a"]}, [("notes", "not_a_string")]),
        (
            {"vehicle": "14A-12345"},
            [
                ("vehicle", "not_an_object"),
                ("vehicle.plate", "required"),
                ("vehicle.country", "required"),
            ],
        ),
        (
            {"vehicle": {"plate": "X", "country": "VNM", "kind": "car", "wheels": 4}},
            [("vehicle.wheels", "unknown_key")],
        ),
        (
            {"vehicle": {"plate": "X", "country": "VNM", "kind": "plane"}},
            [("vehicle.kind", "value_not_allowed")],
        ),
    ],
)
def test_refused(patch: dict[str, Any], expected: list[tuple[str, str]]) -> None:
    data = crossing_dict()
    data.update(patch)
    assert _errors(data) == expected


def test_unknown_key_is_reported_with_its_path() -> None:
    data = crossing_dict(persons=[person(), person()])
    data["persons"][1]["age"] = 40
    data["persons"][1]["identity"]["nickname"] = "An"
    assert _errors(data) == [
        ("persons[1].age", "unknown_key"),
        ("persons[1].identity.nickname", "unknown_key"),
    ]


@pytest.mark.parametrize(
    ("key", "value", "code"),
    [
        ("sex", "male", "value_not_allowed"),
        ("document_type", "visa", "value_not_allowed"),
        ("birth_date", "17/05/1990", "date_invalid"),
        ("birth_date", "1990-02-30", "date_invalid"),
        ("birth_date", 1990, "date_invalid"),
        ("expiry_date", "2031", "date_invalid"),
        ("expiry_date", [], "date_invalid"),
        ("surname", None, None),  # names may be absent: validation reports name_missing
        ("nationality", None, "required"),
        ("document_number", 1234567, "not_a_string"),
        ("personal_number", 1, "not_a_string"),
    ],
)
def test_identity_refusals(key: str, value: Any, code: str | None) -> None:
    data = crossing_dict(persons=[person(**{key: value})])
    if value is None:
        data["persons"][0]["identity"].pop(key, None)
    if code is None:
        crossing_from_dict(data)
        return
    assert _errors(data) == [(f"persons[0].identity.{key}", code)]


def test_wrong_enum_lists_the_allowed_values() -> None:
    with pytest.raises(CrossingFormatError) as info:
        crossing_from_dict(crossing_dict(mode="plane"))
    (f,) = info.value.findings
    assert f.params == {
        "value": "plane",
        "allowed": ["foot", "car", "truck", "bus", "motorbike", "vessel"],
    }


def test_role_is_required_in_a_vehicle() -> None:
    data = crossing_dict(mode="car", vehicle=vehicle(), persons=[person()])
    data["persons"][0].pop("role")
    assert _errors(data) == [("persons[0].role", "required")]


@pytest.mark.parametrize("data", [None, [], "x", 1, [crossing_dict()]])
def test_top_level_must_be_an_object(data: Any) -> None:
    assert _errors(data) == [("", "not_an_object")]


def test_every_error_is_reported_in_one_pass() -> None:
    data = crossing_dict(
        id="nope",
        mode="plane",
        direction="up",
        time_utc="soon",
        officer=None,
        persons=[person(sex="?", birth_date="1990-13-01"), 5],
        acknowledged="all",
    )
    data["persons"][0]["identity"]["nickname"] = "An"
    fields = _errors(data)
    assert sorted(fields) == sorted(
        [
            ("id", "id_invalid"),
            ("time_utc", "date_invalid"),
            ("mode", "value_not_allowed"),
            ("direction", "value_not_allowed"),
            ("officer", "required"),
            ("persons[0].identity.nickname", "unknown_key"),
            ("persons[0].identity.sex", "value_not_allowed"),
            ("persons[0].identity.birth_date", "date_invalid"),
            ("persons[1]", "not_an_object"),
            ("persons[1].identity", "required"),
            ("acknowledged", "not_a_list"),
        ]
    )


def test_unknown_top_level_key_is_reported_before_anything_else() -> None:
    # an unknown key at the top stops reading: the rest may be another format entirely
    assert _errors({"colour": "red", "mode": "plane"}) == [("colour", "unknown_key")]


def test_error_message_names_fields() -> None:
    with pytest.raises(CrossingFormatError, match=r"mode: value_not_allowed"):
        crossing_from_dict(crossing_dict(mode="plane"))


@pytest.mark.parametrize(
    "time_utc",
    [
        "0001-01-01T00:00:00+01:00",
        "9999-12-31T23:00:00-05:00",
        "9999-12-31T23:00:00Z",
        "0001-01-01T00:00:00Z",
    ],
)
def test_times_at_the_ends_of_the_calendar_are_refused(time_utc: str) -> None:
    assert _errors(crossing_dict(time_utc=time_utc)) == [("time_utc", "date_invalid")]


# -- canonical JSON --------------------------------------------------------------------


def test_canonical_json_is_deterministic() -> None:
    a = {"b": 1, "a": ["Nguyễn", {"z": None, "y": 2}]}
    b = {"a": ["Nguyễn", {"y": 2, "z": None}], "b": 1}
    assert (
        canonical_json(a)
        == canonical_json(b)
        == ('{"a":["Nguyễn",{"y":2,"z":null}],"b":1}')
    )
    assert payload_sha256(a) == payload_sha256(b)
    assert len(payload_sha256(a)) == 64


# -- property: nothing but CrossingFormatError ever escapes ----------------------------

_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True)
    | st.text(max_size=12)
    | st.sampled_from(
        [
            "",
            "car",
            "foot",
            "M",
            "cccd",
            "VNM",
            "1990",
            "1990-02-30",
            "2026-03-10T03:00:00Z",
            "0001-01-01T00:00:00+14:00",
            "9999-12-31T23:59:59-12:00",
            "Asia",
            "MONGCAI",
            new_id(),
        ]
    ),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
_KEYS = [
    "id",
    "version",
    "supersedes",
    "gate",
    "terminal",
    "officer",
    "direction",
    "mode",
    "time_utc",
    "timezone",
    "decision",
    "predeclaration_ref",
    "notes",
    "vehicle",
    "persons",
    "acknowledged",
    "local_time",
    "colour",
]
_IDENTITY_KEYS = [
    "surname",
    "given_names",
    "sex",
    "birth_date",
    "nationality",
    "document_type",
    "document_number",
    "issuing_state",
    "expiry_date",
    "personal_number",
    "name_ascii",
    "x",
]


def _check_only_format_errors(data: Any) -> None:
    try:
        c = crossing_from_dict(data, now=NOW)
    except CrossingFormatError as exc:
        assert exc.findings  # noqa: PT017 - a property test, not a unit test
        return
    assert isinstance(c, Crossing)
    validate(c, NOW)  # whatever was read can be validated without an exception


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_json)
def test_arbitrary_json_raises_only_format_errors(data: Any) -> None:
    _check_only_format_errors(data)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    top=st.dictionaries(st.sampled_from(_KEYS), _json, max_size=4),
    ident=st.dictionaries(st.sampled_from(_IDENTITY_KEYS), _json, max_size=4),
    person_patch=st.dictionaries(
        st.sampled_from(["role", "decision", "identity", "y"]), _json, max_size=2
    ),
)
def test_mutated_valid_crossings_raise_only_format_errors(
    top: dict[str, Any], ident: dict[str, Any], person_patch: dict[str, Any]
) -> None:
    """Near-valid input reaches the deep readers that fully random input rarely does."""
    data = crossing_dict()
    data["persons"][0]["identity"].update(ident)
    data["persons"][0].update(person_patch)
    data.update(top)
    _check_only_format_errors(data)


_OFFSETS = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.datetimes(),
        st.datetimes(max_value=datetime(1, 1, 3)),  # the ends of the calendar
        st.datetimes(min_value=datetime(9999, 12, 29)),
    ),
    _OFFSETS,
    st.sampled_from(["Asia/Ho_Chi_Minh", "Pacific/Kiritimati", "Etc/GMT+12"]),
)
def test_any_aware_time_is_read_or_refused(
    moment: datetime, offset: tzinfo, zone: str
) -> None:
    data = crossing_dict(
        time_utc=moment.replace(tzinfo=offset).isoformat(), timezone=zone
    )
    try:
        c = crossing_from_dict(data, now=NOW)
    except CrossingFormatError as exc:
        assert [(f.field, f.code) for f in exc.findings] == [  # noqa: PT017
            ("time_utc", "date_invalid")
        ]
        return
    validate(c, NOW)  # a crossing that was read can be validated ...
    crossing_to_dict(c)  # ... and written


def test_payload_fast_path_equals_strict_reader() -> None:
    """crossing_from_payload (stored payloads) rebuilds exactly what the strict reader
    does, for every document type, vehicles, partial dates and acknowledgements."""
    from datetime import date as _date

    from borderdesk import demo
    from borderdesk.core.codec import crossing_from_payload

    for c in demo.generate(400, start=_date(2026, 3, 1), days=3, seed=7):
        data = json.loads(canonical_json(crossing_to_dict(c)))
        assert crossing_from_payload(data) == crossing_from_dict(data) == c


# -- pre-declarations (the portal's feed shape) -------------------------------------


def _predeclaration(**overrides: Any) -> dict[str, Any]:
    return predeclaration("TTBP-260310-000001", **overrides)


def test_predeclaration_from_the_feed_shape() -> None:
    data = _predeclaration(vehicle=vehicle(), gate="mongcai")
    data["persons"].append({"identity": person(surname="Trần")["identity"]})
    p = predeclaration_from_dict(json.loads(json.dumps(data)))
    assert (p.reference, p.gate, p.direction, p.status) == (
        "TTBP-260310-000001", "MONGCAI", Direction.EXIT, PreDeclarationStatus.CONFIRMED)
    assert p.expected_date == date(2026, 3, 10)
    assert [i.surname for i in p.persons] == ["Nguyễn", "Trần"]
    assert p.persons[0].document_number == "C1234567"
    assert p.vehicle is not None
    assert p.vehicle.kind is TravelMode.CAR
    assert p.declarant == "Nguyễn Văn An"


def test_predeclaration_problems_are_findings() -> None:
    data = _predeclaration(direction="sideways", expected_date=None, extra=1)
    data["persons"] = [{"surname": "X"}]
    with pytest.raises(CrossingFormatError) as info:
        predeclaration_from_dict(data)
    found = {(f.code, f.field) for f in info.value.findings}
    assert {("value_not_allowed", "direction"), ("required", "expected_date"),
            ("unknown_key", "extra"), ("required", "persons[0].sex")} <= found
    with pytest.raises(CrossingFormatError):
        predeclaration_from_dict([])
