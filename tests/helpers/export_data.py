"""A gate day to export: every kind of row the daily log must print.

:func:`record_sample` stores, straight through the store (no screening, no
permissions: the exports read what is stored), at Móng Cái on 2026-03-10 (the day of
``NOW``): a traveller on foot, a car with a driver and a passenger, names with every
kind of Vietnamese diacritic and a name with quotes and a comma, a partial birth date,
a refusal with its reason, a cancelled crossing, an amended one (two versions); one
crossing the next day and one at another gate (neither in the day's log).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlite_utils import Database

from borderdesk.core.model import Crossing
from borderdesk.storage.crossings import CrossingStore
from helpers.builders import NOW, TIME_UTC, car_crossing, crossing, person, vehicle

DAY = NOW.date()  # 2026-03-10 (11:00 at the gate)
NEXT_DAY = DAY + timedelta(days=1)
ACTOR = "GS0001"
CANCEL_REASON = "Ghi nhầm hướng, đã nhập lại"
REFUSAL = "Hộ chiếu hết hạn, không đủ điều kiện xuất cảnh"

#: Names as printed, NFC: every tone mark, đ/Đ, ơ/ư, and a Latin name that needs
#: quoting in a CSV.
NAMES = {
    "foot": "Nguyễn Văn An",
    "driver": "Đặng Thị Ngọc Ánh",
    "passenger": "Huỳnh Tấn Phước",
    "partial": "Lý Thị Ỷ Lan",
    "quoted": 'O\'BRIEN Mary "Jo", Ann',
    "refused": "Trịnh Quốc Hưởng",
    "cancelled": "Phạm Thuỳ Dương",
    "amended": "Võ Thị Mỹ Dung",
    "next_day": "Ngô Bảo Châu",
    "other_gate": "Bùi Xuân Phái",
}


@dataclass(frozen=True, slots=True)
class Sample:
    crossings: list[Crossing]  # of DAY at MONGCAI, oldest first, as stored
    cancelled_id: str
    amended_v1: str
    amended_v2: str

    @property
    def persons(self) -> int:
        return sum(len(c.persons) for c in self.crossings)


def _name(key: str) -> dict[str, str]:
    surname, _, given = NAMES[key].partition(" ")
    return {"surname": surname, "given_names": given}


def record_sample(db: Database) -> Sample:
    store = CrossingStore(db)
    t = TIME_UTC  # 10:00 at the gate
    foot = crossing(time_utc=_z(t), persons=[person(**_name("foot"))])
    car = car_crossing(
        time_utc=_z(t + timedelta(minutes=5)), direction="entry",
        vehicle=vehicle(plate="14A-123.45"),
        persons=[person(role="driver", **_name("driver"), sex="F",
                        document_number="C2222222"),
                 person(role="passenger", **_name("passenger"),
                        document_number="C3333333")])
    partial = crossing(time_utc=_z(t + timedelta(minutes=10)),
                       persons=[person(**_name("partial"), sex="F",
                                       birth_date="1988-11",
                                       document_number="C4444444")])
    quoted = crossing(time_utc=_z(t + timedelta(minutes=15)), direction="entry",
                      persons=[person(surname="O'BRIEN", given_names='Mary "Jo", Ann',
                                      sex="F", nationality="IRL", issuing_state="IRL",
                                      document_number="PA1234567",
                                      personal_number=None)])
    refused = crossing(time_utc=_z(t + timedelta(minutes=20)), decision="refused",
                       notes=REFUSAL,
                       persons=[person(**_name("refused"), decision="refused",
                                       document_number="C5555555")])
    cancelled = crossing(time_utc=_z(t + timedelta(minutes=25)),
                         persons=[person(**_name("cancelled"), sex="F",
                                         document_number="C6666666")])
    v1 = crossing(time_utc=_z(t + timedelta(minutes=30)),
                  persons=[person(**_name("amended"), sex="F",
                                  document_number="C7777777")])
    v2 = crossing(time_utc=_z(t + timedelta(minutes=30)), version=2,
                  supersedes=v1.id, persons=[person(**_name("amended"), sex="F",
                                                    document_number="C7777778")])
    next_day = crossing(time_utc=_z(t + timedelta(days=1)),
                        persons=[person(**_name("next_day"),
                                        document_number="C8888888")])
    other_gate = crossing(gate="HUUNGHI", time_utc=_z(t),
                          persons=[person(**_name("other_gate"),
                                          document_number="C9999999")])
    day = [foot, car, partial, quoted, refused, cancelled, v1]
    store.record_many([*day, next_day, other_gate], actor=ACTOR, now=NOW)
    store.record(v2, actor=ACTOR, now=NOW)
    store.cancel(cancelled.id, CANCEL_REASON, actor=ACTOR, now=NOW)
    stored = [store.get(c.id) for c in [*day, v2]]
    return Sample([s.crossing for s in stored if s is not None], cancelled.id, v1.id,
                  v2.id)


def _z(moment: object) -> str:
    return moment.isoformat().replace("+00:00", "Z")  # type: ignore[attr-defined]
