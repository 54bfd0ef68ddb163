"""The sample files (``python -m borderdesk.scan.samples resources/samples``) and the
synthetic frames they and the benchmark are made of."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from borderdesk.core import cccd_qr, mrz
from borderdesk.scan import samples, synth
from borderdesk.scan.decoder import read_gray

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
TODAY = date(2026, 3, 10)


def test_generator_writes_and_checks_every_sample(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert samples.main([str(tmp_path / "out")]) == 0
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == sorted(
        [
            "cccd_qr.png",
            "cccd_qr_new_card.png",
            "cccd_qr_photo.jpg",
            "mrz_td3.txt",
            "mrz_td1_cccd.txt",
            "receipt_qr.png",
            "confirmation_qr.png",
            "sample_signing_key.txt",
        ]
    )
    assert capsys.readouterr().out.count("\n") == 8


def test_committed_samples_are_what_the_generator_makes(tmp_path: Path) -> None:
    """Regenerate ``resources/samples`` when this fails. Text is compared by bytes,
    clean codes by pixels (PNG bytes depend on the zlib inside Pillow's wheel). The
    photographed code is drawn from NumPy's random streams and OpenCV's resampling,
    whose low bits change between releases (a fresh install drifted by ~3 grey levels
    on average), so for it the contract is what it shows: the committed photo and a
    freshly generated one decode to the same payload through the same check."""
    by_name = {s.name: s for s in samples.samples()}
    samples.write(tmp_path)
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix == ".txt":
            assert path.read_bytes() == (tmp_path / path.name).read_bytes(), path.name
        elif path.suffix == ".png":
            assert np.array_equal(read_gray(path), read_gray(tmp_path / path.name))
        elif path.suffix == ".jpg":
            by_name[path.name].check(path)
            assert read_gray(path).shape == read_gray(tmp_path / path.name).shape


def test_generation_is_deterministic() -> None:
    first = [s.data for s in samples.samples()]
    assert first == [s.data for s in samples.samples()]


def test_cccd_payloads_parse() -> None:
    old = cccd_qr.parse(samples.CCCD_PAYLOAD, today=TODAY)
    assert (old.full_name, old.old_id, old.new_card, old.findings) == (
        "Nguyễn Văn An",
        "123456789",
        False,
        (),
    )
    new = cccd_qr.parse(samples.CCCD_NEW_CARD_PAYLOAD, today=TODAY)
    assert (new.full_name, new.old_id, new.new_card, new.findings) == (
        "Trần Thị Mai",
        "",
        True,
        (),
    )


@pytest.mark.parametrize(
    ("name", "fmt"), [("mrz_td3.txt", "TD3"), ("mrz_td1_cccd.txt", "TD1")]
)
def test_mrz_samples_have_valid_check_digits(name: str, fmt: str) -> None:
    text = (SAMPLES / name).read_text(encoding="ascii")
    parsed = mrz.parse(text, today=TODAY)
    assert parsed.format == fmt
    assert parsed.valid
    assert (parsed.surname, parsed.given_names, parsed.nationality) == (
        "NGUYEN",
        "VAN AN",
        "VNM",
    )
    assert parsed.birth_date is not None
    assert parsed.birth_date.isoformat() == "1990-05-17"


def test_td1_cccd_layout() -> None:
    """DOMAIN.md §2.4: IDVNM + last 9 digits + cd + 12-digit number + << + its cd."""
    line1 = samples.mrz_td1_cccd().splitlines()[0]
    full = "001090012345"
    assert line1[:5] == "IDVNM"
    assert line1[5:14] == full[3:]
    assert line1[14] == str(mrz.check_digit(full[3:]))
    assert line1[15:27] == full
    assert line1[27:29] == "<<"
    assert line1[29] == str(mrz.check_digit(full))


def test_photo_sample_is_a_degraded_camera_frame() -> None:
    with Image.open(SAMPLES / "cccd_qr_photo.jpg") as img:
        assert (img.format, img.size, img.mode) == ("JPEG", (1280, 720), "L")


def test_benchmark_frames_are_stable_prefixes() -> None:
    short = synth.benchmark_frames(3, seed=4)
    longer = synth.benchmark_frames(4, seed=4)
    for a, b in zip(short, longer, strict=False):
        assert a.texts == b.texts
        assert np.array_equal(a.image, b.image)
    assert all(
        f.image.shape == (720, 1280) and f.image.dtype == np.uint8 for f in longer
    )


def test_synthetic_people_are_consistent() -> None:
    rng = np.random.default_rng(1)
    for i in range(40):
        new = i % 2 == 0
        card = cccd_qr.parse(
            synth.cccd_payload(synth.person(rng, new_card=new), new_card=new),
            today=TODAY,
        )
        assert card.findings == ()
        assert card.new_card or not new


def test_unknown_degradation_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown degradations"):
        synth.camera_frame(np.random.default_rng(0), ["x"], ("fog",))


def test_signed_samples_are_refused_by_a_terminal_that_does_not_trust_the_demo_key(
    service: object,
) -> None:
    """The demo key is public: a real terminal must say "unknown key", never "valid"."""
    from borderdesk.core import signed
    from borderdesk.scan import decode_file

    path = Path(__file__).resolve().parents[2] / "resources" / "samples"
    receipt = decode_file(path / "receipt_qr.png").texts[0]
    confirmation = decode_file(path / "confirmation_qr.png").texts[0]
    with pytest.raises(signed.SignedCodeError) as err:
        service.verify_receipt(receipt)  # type: ignore[attr-defined]
    assert err.value.code == "unknown_key"
    with pytest.raises(signed.SignedCodeError) as err:
        service.verify_confirmation(confirmation)  # type: ignore[attr-defined]
    assert err.value.code == "unknown_key"
