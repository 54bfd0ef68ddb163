"""Validation findings: each code triggered by a targeted case, and a clean crossing.

Every case changes one thing in a valid crossing and asserts the *exact* set of
findings, so a rule that fires too widely fails as surely as one that never fires.
``test_every_code_is_covered`` reads the codes from validation.py itself, so a new rule
without a case here fails the suite.
"""

from __future__ import annotations

import ast
import inspect
from datetime import timedelta
from typing import Any

import pytest
from helpers.builders import NOW, car_crossing, crossing, person, vehicle

from borderdesk.core import validation
from borderdesk.core.ids import new_id
from borderdesk.core.model import Crossing
from borderdesk.core.validation import (
    FUTURE_TOLERANCE,
    Finding,
    Severity,
    blocking,
    validate,
)

E, W = Severity.ERROR, Severity.WARNING
P0 = "persons[0].identity"
PASS_EXPIRY = "2026-12-31"


def _found(c: Crossing) -> set[tuple[str, Severity, str]]:
    return {(f.code, f.severity, f.field) for f in validate(c, NOW)}


def _pass_holder(**kw: Any) -> dict[str, Any]:
    """A person with a border pass, which is valid for 12 months at the most."""
    return person(**{"expiry_date": PASS_EXPIRY, **kw})


def _cccd_person(number: str, **kw: Any) -> dict[str, Any]:
    return person(
        document_type="cccd",
        document_number=number,
        expiry_date=None,
        personal_number=None,
        **kw,
    )


def _vessel(**kw: Any) -> Crossing:
    base: dict[str, Any] = {
        "gate": "CANGHAIPHONG",
        "mode": "vessel",
        "vehicle": vehicle(plate="IMO 9321483", kind="vessel", country="PAN"),
        "persons": [
            person(
                role="crew",
                nationality="PHL",
                issuing_state="PHL",
                document_type="seafarer_id",
                document_number="SB123456",
            )
        ],
    }
    base.update(kw)
    return crossing(**base)


# (builder, overrides, expected findings) -- one targeted change each.
CASES: dict[str, tuple[Any, dict[str, Any], set[tuple[str, Severity, str]]]] = {
    # -- the crossing itself ---------------------------------------------------------
    "gate_unknown": (crossing, {"gate": "NOWHERE"}, {("gate_unknown", E, "gate")}),
    "terminal_blank": (crossing, {"terminal": "  "}, {("required", E, "terminal")}),
    "officer_blank": (crossing, {"officer": ""}, {("required", E, "officer")}),
    "timezone_unknown": (
        crossing,
        {"timezone": "Mars/Olympus"},
        {("timezone_unknown", E, "timezone")},
    ),
    "timezone_malformed": (
        crossing,
        {"timezone": "../etc/passwd"},
        {("timezone_unknown", E, "timezone")},
    ),
    "timezone_is_a_folder": (
        crossing,
        {"timezone": "Asia"},
        {("timezone_unknown", E, "timezone")},
    ),
    "time_in_future": (
        crossing,
        {"time_utc": (NOW + FUTURE_TOLERANCE + timedelta(seconds=1)).isoformat()},
        {("time_in_future", E, "time_utc")},
    ),
    "notes_too_long": (
        crossing,
        {"notes": "x" * (validation.MAX_NOTES + 1)},
        {("too_long", E, "notes")},
    ),
    "refusal_without_reason": (
        crossing,
        {"decision": "refused"},
        {("refusal_reason_required", E, "notes")},
    ),
    # -- versioning ------------------------------------------------------------------
    "version_zero": (crossing, {"version": 0}, {("version_invalid", E, "version")}),
    "version_1_superseding": (
        crossing,
        {"supersedes": new_id()},
        {("version_invalid", E, "version")},
    ),
    "version_2_without_target": (
        crossing,
        {"version": 2},
        {("supersedes_required", E, "supersedes")},
    ),
    # -- people and vehicle ----------------------------------------------------------
    "persons_missing": (crossing, {"persons": []}, {("persons_missing", E, "persons")}),
    "foot_with_vehicle": (
        crossing,
        {"vehicle": vehicle(kind="foot")},
        {("vehicle_not_expected", E, "vehicle")},
    ),
    "foot_two_travellers": (
        crossing,
        {"persons": [person(), person()]},
        {("foot_single_traveller", E, "persons")},
    ),
    "foot_with_driver": (
        crossing,
        {"persons": [person(role="driver")]},
        {("foot_single_traveller", E, "persons")},
    ),
    "car_traveller_role": (
        car_crossing,
        {"persons": [person(role="driver"), person(role="traveller")]},
        {("role_not_allowed", E, "persons[1].role")},
    ),
    "car_without_driver": (
        car_crossing,
        {"persons": [person(role="passenger")]},
        {("driver_count", E, "persons")},
    ),
    "car_two_drivers": (
        car_crossing,
        {"persons": [person(role="driver"), person(role="driver")]},
        {("driver_count", E, "persons")},
    ),
    "car_without_vehicle": (
        car_crossing,
        {"vehicle": None},
        {("vehicle_required", E, "vehicle")},
    ),
    "vehicle_kind_mismatch": (
        car_crossing,
        {"vehicle": vehicle(kind="truck")},
        {("vehicle_kind_mismatch", E, "vehicle.kind")},
    ),
    "plate_missing": (
        car_crossing,
        {"vehicle": vehicle(plate="")},
        {("required", E, "vehicle.plate")},
    ),
    "plate_invalid": (
        car_crossing,
        {"vehicle": vehicle(plate="#!")},
        {("plate_invalid", E, "vehicle.plate")},
    ),
    "plate_unusual_vn": (
        car_crossing,
        {"vehicle": vehicle(plate="ABC123")},
        {("plate_unusual", W, "vehicle.plate")},
    ),
    "vehicle_country_unknown": (
        car_crossing,
        {"vehicle": vehicle(country="ZZZ")},
        {("country_unknown", E, "vehicle.country")},
    ),
    "vessel_with_driver": (
        _vessel,
        {
            "persons": [
                person(
                    role="driver",
                    nationality="PHL",
                    issuing_state="PHL",
                    document_type="seafarer_id",
                    document_number="SB123456",
                )
            ]
        },
        {("role_not_allowed", E, "persons[0].role")},
    ),
    # -- identity ----------------------------------------------------------------------
    "name_missing": (
        crossing,
        {"persons": [person(surname="", given_names="")]},
        {("name_missing", E, f"{P0}.surname")},
    ),
    "name_with_digit": (
        crossing,
        {"persons": [person(surname="Nguyen2")]},
        {("name_invalid_characters", E, f"{P0}.surname")},
    ),
    "name_with_filler": (
        crossing,
        {"persons": [person(given_names="VAN<AN")]},
        {("name_invalid_characters", E, f"{P0}.given_names")},
    ),
    "name_too_long": (
        crossing,
        {"persons": [person(surname="A" * 121)]},
        {("too_long", E, f"{P0}.surname")},
    ),
    "nationality_blank": (
        crossing,
        {"persons": [person(nationality="")]},
        {("required", E, f"{P0}.nationality")},
    ),
    "nationality_unknown": (
        crossing,
        {"persons": [person(nationality="ZZZ")]},
        {("country_unknown", E, f"{P0}.nationality")},
    ),
    "issuing_state_unknown": (
        crossing,
        {"persons": [person(issuing_state="XYZ")]},
        {("country_unknown", E, f"{P0}.issuing_state")},
    ),
    "specimen_uto": (
        crossing,
        {
            "persons": [
                person(
                    nationality="UTO", issuing_state="UTO", document_number="L898902C3"
                )
            ]
        },
        {
            ("specimen_document", E, f"{P0}.nationality"),
            ("specimen_document", E, f"{P0}.issuing_state"),
        },
    ),
    "birth_date_missing": (
        crossing,
        {"persons": [person(birth_date=None)]},
        {("required", E, f"{P0}.birth_date")},
    ),
    "birth_date_in_future": (
        crossing,
        {"persons": [person(birth_date="2026-03-11")]},
        {("birth_date_in_future", E, f"{P0}.birth_date")},
    ),
    "birth_date_implausible": (
        crossing,
        {"persons": [person(birth_date="1890")]},
        {("birth_date_implausible", W, f"{P0}.birth_date")},
    ),
    # -- the document ------------------------------------------------------------------
    "document_number_missing": (
        crossing,
        {"persons": [person(document_number="")]},
        {("required", E, f"{P0}.document_number")},
    ),
    "passport_number_too_long": (
        crossing,
        {"persons": [person(document_number="C1234567890")]},
        {("document_number_invalid", E, f"{P0}.document_number")},
    ),
    "vn_passport_number_unusual": (
        crossing,
        {"persons": [person(document_number="1234567")]},
        {("document_number_unusual", W, f"{P0}.document_number")},
    ),
    "other_document_number_invalid": (
        crossing,
        {"persons": [person(document_type="travel_document", document_number="AB#12")]},
        {("document_number_invalid", E, f"{P0}.document_number")},
    ),
    "expiry_missing": (
        crossing,
        {"persons": [person(expiry_date=None)]},
        {("required", E, f"{P0}.expiry_date")},
    ),
    "expired": (
        crossing,
        {"persons": [person(expiry_date="2026-03-09")]},
        {("document_expired", W, f"{P0}.expiry_date")},
    ),
    "expiry_before_birth": (
        crossing,
        {"persons": [person(expiry_date="1990-05-17")]},
        {("expiry_before_birth", E, f"{P0}.expiry_date")},
    ),
    # -- border passes and seafarers' documents ----------------------------------------
    "border_pass_third_country": (
        crossing,
        {
            "persons": [
                _pass_holder(
                    document_type="border_pass_vn_cn",
                    nationality="THA",
                    document_number="G1234567",
                )
            ]
        },
        {("border_pass_not_for_nationality", E, f"{P0}.document_type")},
    ),
    "border_pass_wrong_issuer": (
        crossing,
        {
            "persons": [
                _pass_holder(
                    document_type="border_pass_vn_cn",
                    issuing_state="LAO",
                    document_number="G1234567",
                )
            ]
        },
        {("border_pass_not_for_nationality", E, f"{P0}.document_type")},
    ),
    "border_pass_cn_at_mocbai": (
        crossing,
        {
            "gate": "MOCBAI",
            "persons": [
                _pass_holder(
                    document_type="border_pass_vn_cn", document_number="G1234567"
                )
            ],
        },
        {("border_pass_wrong_border", W, f"{P0}.document_type")},
    ),
    "border_pass_kh_at_mongcai": (
        crossing,
        {
            "persons": [
                _pass_holder(
                    document_type="border_pass_vn_kh", document_number="K1234567"
                )
            ]
        },
        {("border_pass_wrong_border", W, f"{P0}.document_type")},
    ),
    "border_pass_at_port": (
        crossing,
        {
            "gate": "CANGHAIPHONG",
            "persons": [
                _pass_holder(
                    document_type="border_pass_vn_la", document_number="L1234567"
                )
            ],
        },
        {("border_pass_wrong_border", W, f"{P0}.document_type")},
    ),
    "border_pass_validity_too_long": (
        crossing,
        {
            "persons": [
                _pass_holder(
                    document_type="border_pass_vn_cn",
                    document_number="G1234567",
                    expiry_date="2027-03-11",  # NOW's day + 1 year + 1 day
                )
            ]
        },
        {("border_pass_validity_too_long", W, f"{P0}.expiry_date")},
    ),
    "seafarer_id_at_land_gate": (
        crossing,
        {"persons": [person(document_type="seafarer_id", document_number="SB123456")]},
        {("seafarer_document_at_land_gate", W, f"{P0}.document_type")},
    ),
    "crew_certificate_at_land_gate": (
        crossing,
        {
            "gate": "LAOBAO",
            "persons": [
                person(document_type="crew_certificate", document_number="CC12345")
            ],
        },
        {("seafarer_document_at_land_gate", W, f"{P0}.document_type")},
    ),
    # -- CCCD --------------------------------------------------------------------------
    "cccd_foreigner": (
        crossing,
        {"persons": [_cccd_person("001090012345", nationality="CHN")]},
        {("cccd_not_vietnamese", E, f"{P0}.nationality")},
    ),
    "cccd_number_invalid": (
        crossing,
        {"persons": [_cccd_person("12345")]},
        {("cccd_number_invalid", E, f"{P0}.document_number")},
    ),
    "cccd_province_unknown": (
        crossing,
        {"persons": [_cccd_person("003090012345")]},
        {("cccd_province_unknown", W, f"{P0}.document_number")},
    ),
    "cccd_birth_year_mismatch": (
        crossing,
        {"persons": [_cccd_person("001091012345")]},
        {("cccd_birth_year_mismatch", W, f"{P0}.document_number")},
    ),
    "cccd_century_mismatch": (
        crossing,
        {"persons": [_cccd_person("001290012345")]},
        {("cccd_century_mismatch", W, f"{P0}.document_number")},
    ),
    "cccd_sex_mismatch": (
        crossing,
        {"persons": [_cccd_person("001190012345")]},
        {("cccd_sex_mismatch", W, f"{P0}.document_number")},
    ),
    "cccd_sex_mismatch_2000s": (
        crossing,
        {"persons": [_cccd_person("001205012345", sex="F", birth_date="2005-01-01")]},
        {("cccd_sex_mismatch", W, f"{P0}.document_number")},
    ),
    "cccd_century_mismatch_2000s": (
        crossing,
        {"persons": [_cccd_person("001005012345", birth_date="2005")]},
        {("cccd_century_mismatch", W, f"{P0}.document_number")},
    ),
}


def _build(name: str) -> Crossing:
    builder, overrides, _ = CASES[name]
    return builder(**overrides)


@pytest.mark.parametrize("name", sorted(CASES))
def test_targeted_case(name: str) -> None:
    assert _found(_build(name)) == CASES[name][2]


def test_supersedes_self() -> None:
    cid = new_id()
    c = crossing(id=cid, version=2, supersedes=cid)
    assert _found(c) == {("supersedes_self", E, "supersedes")}


def _codes_in_source() -> set[str]:
    tree = ast.parse(inspect.getsource(validation))
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("error", "warning")
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }


def test_every_code_is_covered() -> None:
    in_source = _codes_in_source()
    assert len(in_source) > 30  # the scan found the rules
    covered = {code for _, _, found in CASES.values() for code, _, _ in found}
    covered.add("supersedes_self")
    assert in_source - covered == set()


# -- valid crossings give no finding ---------------------------------------------------


@pytest.mark.parametrize(
    "make",
    [
        crossing,
        car_crossing,
        _vessel,
        lambda: crossing(direction="entry", decision="secondary"),
        lambda: crossing(decision="refused", notes="no visa"),
        lambda: crossing(persons=[_cccd_person("001090012345")]),
        lambda: crossing(
            persons=[_cccd_person("079305012345", sex="F", birth_date="2005-07-01")]
        ),
        lambda: crossing(persons=[_cccd_person("001190012345", sex="X")]),
        lambda: crossing(persons=[person(birth_date="1990")]),
        lambda: crossing(
            persons=[person(birth_date="2026-03")]
        ),  # month of the crossing
        lambda: crossing(persons=[person(expiry_date="2026-03-10")]),  # expires today
        lambda: crossing(
            persons=[
                person(
                    nationality="D", issuing_state="D<<", document_number="C01X00T47"
                )
            ]
        ),
        lambda: crossing(
            persons=[
                _pass_holder(
                    nationality="CHN",
                    issuing_state="CHN",
                    document_type="border_pass_vn_cn",
                    document_number="T12345678",
                )
            ]
        ),
        lambda: crossing(
            gate="TAYTRANG",
            persons=[
                _pass_holder(
                    document_type="border_pass_vn_la", document_number="L1234567"
                )
            ],
        ),
        lambda: crossing(
            gate="MOCBAI",
            persons=[
                _pass_holder(
                    document_type="border_pass_vn_kh", document_number="K1234567"
                )
            ],
        ),
        lambda: crossing(time_utc=(NOW + FUTURE_TOLERANCE).isoformat()),
        lambda: crossing(version=2, supersedes=new_id()),
        lambda: car_crossing(vehicle=vehicle(plate="ABC 123", country="CHN")),
        lambda: car_crossing(
            mode="truck", vehicle=vehicle(kind="truck", plate="14C-12345")
        ),
    ],
)
def test_valid_crossings_give_no_finding(make: Any) -> None:
    assert validate(make(), NOW) == []


def test_birth_date_implausible_boundary() -> None:
    # 2026 - 1896 = 130 years: still plausible; 131 is not
    assert _found(crossing(persons=[person(birth_date="1896")])) == set()
    assert {
        f.code for f in validate(crossing(persons=[person(birth_date="1895")]), NOW)
    } == {"birth_date_implausible"}


def test_findings_report_each_person() -> None:
    c = car_crossing(
        persons=[
            person(role="driver"),
            person(role="passenger", expiry_date="2020-01-01"),
        ]
    )
    assert _found(c) == {("document_expired", W, "persons[1].identity.expiry_date")}


def test_params_carry_what_the_message_needs() -> None:
    (f,) = validate(_build("border_pass_cn_at_mocbai"), NOW)
    assert f.params == {"partner": "CHN", "gate": "MOCBAI", "border": "KHM"}
    (f,) = validate(_build("border_pass_at_port"), NOW)
    assert f.params["border"] == "sea"
    (f,) = validate(_build("expired"), NOW)
    assert f.params == {"expiry": "2026-03-09"}


def test_finding_to_dict() -> None:
    f = Finding(
        "document_expired", W, "persons[0].identity.expiry_date", {"expiry": "x"}
    )
    assert f.to_dict() == {
        "code": "document_expired",
        "severity": "warning",
        "field": "persons[0].identity.expiry_date",
        "params": {"expiry": "x"},
    }


# -- blocking() and acknowledgement ----------------------------------------------------


def test_blocking_warnings_until_acknowledged() -> None:
    findings = validate(_build("expired"), NOW)
    assert blocking(findings, frozenset()) == findings
    assert blocking(findings, frozenset({"document_expired"})) == []
    assert blocking(findings, frozenset({"cccd_sex_mismatch"})) == findings


def test_errors_block_even_when_acknowledged() -> None:
    findings = validate(_build("refusal_without_reason"), NOW)
    assert blocking(findings, frozenset({"refusal_reason_required"})) == findings


def test_blocking_mixed() -> None:
    c = crossing(decision="refused", persons=[person(expiry_date="2026-01-01")])
    findings = validate(c, NOW)
    assert {f.code for f in findings} == {"refusal_reason_required", "document_expired"}
    stop = blocking(findings, frozenset({"document_expired"}))
    assert [f.code for f in stop] == ["refusal_reason_required"]
