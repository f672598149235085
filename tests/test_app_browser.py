"""The app in a real headless Chromium (Playwright): a case typed in from nothing, a validation error
made and fixed, evidence dropped in, every document drafted, downloaded and opened; the same with the
interface in Arabic, laid out right to left. The documents are compared with `remedies draft`."""

from __future__ import annotations

import base64
import os
import shutil
import threading
from pathlib import Path

import pytest

pytest.importorskip("playwright")
uvicorn = pytest.importorskip("uvicorn")

from docx import Document  # noqa: E402
from playwright.sync_api import expect, sync_playwright  # noqa: E402

from remedies.app import casefile, interview  # noqa: E402
from remedies.app.run import free_port  # noqa: E402
from remedies.app.security import Gate  # noqa: E402
from remedies.app.server import create_app  # noqa: E402
from remedies.record import load  # noqa: E402
from remedies.record.source import read  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "sample-record.yaml"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
PICTURE = base64.b64decode(  # a 1x1 PNG: the evidence file dropped on the page
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")

if CHROMIUM is None:  # CI installs it (.ci/run); a machine without it cannot run these tests
    pytest.fail("Chromium is not installed (apt-get install chromium)", pytrace=False)


class Running:
    def __init__(self, folder: Path):
        self.folder = folder
        self.port = free_port()
        self.gate = Gate(port=self.port)
        config = uvicorn.Config(create_app(folder, self.gate), host="127.0.0.1", port=self.port,
                                access_log=False, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        started = threading.Event()
        while not self.server.started:  # start-up, not a measurement: wait until it listens
            started.wait(0.05)
            if not self.thread.is_alive():
                raise RuntimeError("the app did not start")
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


def shots_folder(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("REMEDIES_APP_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def shoot(page, folder: Path, name: str) -> None:
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def field(page, name: str):
    return page.locator(f'[name="{name}"]')


def add_rows(page, items, state: dict, prefix: str) -> None:
    """Click each group's Add button once per item the sample has (nested groups too)."""
    for item in items:
        if not isinstance(item, interview.Group):
            continue
        name = prefix + item.name
        for index, row in enumerate(state[item.name]):
            with page.expect_navigation():
                page.locator(f'button[name="_action"][value="add:{name}"]').click()
            add_rows(page, item.items, row, f"{name}.{index}.")


def type_answers(page, items, state: dict, prefix: str) -> None:
    for item in items:
        name = prefix + item.name
        value = state[item.name]
        if isinstance(item, interview.Group):
            for index, row in enumerate(value):
                type_answers(page, item.items, row, f"{name}.{index}.")
        elif item.kind == "multi":
            for choice in value:
                page.locator(f'input[name="{name}"][value="{choice}"]').check()
        elif item.kind in {"choice", "flag", "locale"}:
            if value:
                field(page, name).select_option(value)
        elif value:
            field(page, name).fill(value)


def fill_page(page, slug: str, sample: dict, overrides: dict | None = None) -> None:
    the_page = interview.BY_SLUG[slug]
    state = interview.state_from(sample, the_page, "en")
    prefix = interview.prefix(the_page)
    add_rows(page, the_page.items, state, prefix)
    type_answers(page, the_page.items, state, prefix)
    for name, value in (overrides or {}).items():
        field(page, name).fill(value)


def save(page, *, errors: bool = False) -> None:
    with page.expect_navigation():
        page.locator("#save").click()
    summary = page.locator("#error-summary")
    if not errors:
        assert summary.count() == 0, summary.inner_text()


def drop_file(page, name: str, data: bytes) -> None:
    """Drop a file on the evidence zone as a person dragging it from their desktop would."""
    with page.expect_navigation():
        page.evaluate("""([name, encoded]) => {
            const bytes = Uint8Array.from(atob(encoded), c => c.charCodeAt(0));
            const transfer = new DataTransfer();
            transfer.items.add(new File([bytes], name, {type: "image/png"}));
            const zone = document.getElementById("dropzone");
            zone.dispatchEvent(new DragEvent("drop", {dataTransfer: transfer, bubbles: true, cancelable: true}));
        }""", [name, base64.b64encode(data).decode()])


def docx_text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def create_sample_case(page, shots: Path, tag: str) -> None:
    """Type the sample's facts into every page, from an empty folder."""
    sample = read(SAMPLE).data
    with page.expect_navigation():
        page.locator("#new-case").click()
    fill_page(page, "case", sample)
    shoot(page, shots, f"{tag}-01-case")
    save(page)
    for number, slug in enumerate(["victim", "submitter", "respondents"], 2):
        fill_page(page, slug, sample)
        shoot(page, shots, f"{tag}-{number:02}-{slug}")
        save(page)

    # What happened: a mistake in the second incident's date, seen as typed, then corrected.
    fill_page(page, "incidents", sample, {"incidents.1.date": "2026-02-30"})
    message = "'2026-02-30' is not a valid date (day value is outside expected range); write it as YYYY-MM-DD"
    # as you type: the sentence appears before the page is sent (the wait allows for a loaded machine)
    expect(page.locator('[id="e-incidents.1.date"]')).to_have_text(message, timeout=60_000)
    save(page, errors=True)
    assert page.locator("#error-summary").is_visible()
    expect(page.locator('[id="e-incidents.1.date"]')).to_have_text(message)
    shoot(page, shots, f"{tag}-05-incidents-error")
    # nothing typed was lost
    assert field(page, "incidents.0.description").input_value().startswith("Published the advocate's home address")
    assert field(page, "incidents.2.url").input_value() == "https://x.com/truth_patrol_sg/status/1841234567890123456"
    field(page, "incidents.1.date").fill("2026-09-16")
    save(page)

    fill_page(page, "evidence", sample)
    save(page)
    page.goto(page.url.rsplit("/", 1)[0] + "/evidence")
    drop_file(page, "screenshot 2026-10-03.png", PICTURE)
    expect(page.locator("p.notice")).to_contain_text("E5")
    shoot(page, shots, f"{tag}-06-evidence")
    with page.expect_navigation():
        page.locator("#save").click()
    for number, slug in enumerate(["impact", "sought", "consent", "press"], 7):
        fill_page(page, slug, sample)
        shoot(page, shots, f"{tag}-{number:02}-{slug}")
        save(page)


def draft_everything(page, shots: Path, tag: str, locales: list[str], downloads: Path) -> list[Path]:
    with page.expect_navigation():
        page.locator('nav a[href$="/draft"]').click()
    for locale in locales:
        page.locator(f'input[name="locale"][value="{locale}"]').check()
    with page.expect_navigation():
        page.locator("#draft").click()
    shoot(page, shots, f"{tag}-12-draft")
    links = page.locator("ul.files a")
    names = [links.nth(i).inner_text() for i in range(links.count())]
    assert names, "no document was drafted"
    saved = []
    for name in names:
        with page.expect_download() as download:
            page.locator("ul.files a", has_text=name).click()
        target = downloads / name
        download.value.save_as(str(target))
        saved.append(target)
    with page.expect_download() as download:
        page.locator("#zip").click()
    download.value.save_as(str(downloads / "all.zip"))
    return saved


def equivalent_record(folder: Path, case: str, tmp: Path) -> Path:
    """The sample with the exhibit the app added from the dropped file: what `remedies draft` is run on."""
    written, _version = casefile.CasesFolder(folder).load_document(case)
    sample, _version = casefile.CasesFolder(SAMPLE.parent).load_document(SAMPLE.name)
    sample["evidence"].append(written["evidence"][-1])
    path = folder / "equivalent.yaml"  # beside the case, so the exhibit's relative path still resolves
    path.write_text(casefile.dump(sample), encoding="utf-8")
    return path


def check_same_record_as_sample(folder: Path, case: str) -> None:
    written = load(folder / case).record
    import hashlib

    assert written.evidence[-1].id == "E5" and written.evidence[-1].sha256 == hashlib.sha256(PICTURE).hexdigest()
    stored = folder / written.evidence[-1].file
    assert stored.read_bytes() == PICTURE
    sample = load(SAMPLE).record
    mine = written.model_dump()
    mine["evidence"] = mine["evidence"][:-1]
    assert mine == sample.model_dump()


def compare_with_cli(folder: Path, case: str, downloaded: list[Path], locales: list[str], tmp: Path) -> None:
    from click.testing import CliRunner

    from remedies.cli import main

    out = tmp / "cli"
    args = ["draft", str(equivalent_record(folder, case, tmp)), "--out", str(out)]
    for locale in locales:
        args += ["--locale", locale]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    expected = sorted(p.name for p in out.iterdir())
    assert sorted(p.name for p in downloaded) == expected
    import zipfile

    with zipfile.ZipFile(downloaded[0].parent / "all.zip") as everything:  # "Download all as a zip file"
        assert sorted(everything.namelist()) == expected
    for path in downloaded:
        if path.suffix == ".docx":
            assert docx_text(path) == docx_text(out / path.name), path.name
        elif path.suffix == ".txt":
            assert path.read_text(encoding="utf-8") == (out / path.name).read_text(encoding="utf-8"), path.name
        elif path.suffix == ".zip":
            import zipfile

            with zipfile.ZipFile(path) as mine, zipfile.ZipFile(out / path.name) as theirs:
                assert mine.namelist() == theirs.namelist(), path.name


def test_english_from_nothing_to_documents(browser, tmp_path):
    folder = tmp_path / "cases"
    folder.mkdir()
    shots = shots_folder(tmp_path)
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    with Running(folder) as app:
        context = browser.new_context(accept_downloads=True, locale="en-GB")
        page = context.new_page()
        page.goto(app.gate.new_link())
        expect(page.locator("h1")).to_have_text("Cases")
        shoot(page, shots, "en-00-cases-empty")
        create_sample_case(page, shots, "en")
        expect(page.locator("h1")).to_have_text("Readiness")
        shoot(page, shots, "en-11-readiness")
        link = page.locator('a[href="/case/RD-2026-031.yaml/page/consent#f-victim.consent.informed_of_government_letter"]')
        expect(link.first).to_be_visible()
        downloaded = draft_everything(page, shots, "en", [], downloads)
        with page.expect_navigation():
            page.locator('nav ul.actions a[href$="/press"]').click()
        shoot(page, shots, "en-13-press")
        page.goto(f"http://127.0.0.1:{app.port}/")
        shoot(page, shots, "en-14-cases")
        page.locator("#quick-exit").click()
        page.wait_for_url("**/bye")
        assert page.title() == "New Tab"
        page.goto(f"http://127.0.0.1:{app.port}/")
        assert "open this app" not in page.content() and "Open the link" in page.content()
        context.close()
    check_same_record_as_sample(folder, "RD-2026-031.yaml")
    names = sorted(p.name for p in downloaded)
    press = [name for name in names if name.endswith("press-brief-en.docx")]
    assert len(press) == 1 and any(name.startswith("RD-2026-031-court-application") for name in names)
    text = docx_text(downloads / press[0])
    assert "Ms A" in text and "Mei Ling" not in text
    compare_with_cli(folder, "RD-2026-031.yaml", downloaded, ["en"], tmp_path)


def test_arabic_interface_right_to_left(browser, tmp_path):
    folder = tmp_path / "cases"
    folder.mkdir()
    shots = shots_folder(tmp_path)
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    with Running(folder) as app:
        context = browser.new_context(accept_downloads=True, locale="ar")
        page = context.new_page()
        page.goto(app.gate.new_link())
        # The one-time link's page moves on to the cases by itself: choose the language once that page
        # and its script have loaded (before that, the menu has no listener and the wait would end on
        # the link's own move).
        expect(page.locator("h1")).to_have_text("Cases")
        page.wait_for_load_state("load")
        with page.expect_navigation():
            page.locator("#lang").select_option("ar")
        assert page.locator("html").get_attribute("dir") == "rtl"
        assert page.evaluate("getComputedStyle(document.querySelector('main')).direction") == "rtl"
        expect(page.locator("h1")).to_have_text("القضايا")
        # right to left: the name of the app stands at the right, the quick exit at the left
        brand = page.locator(".brand").bounding_box()
        exit_button = page.locator("#quick-exit").bounding_box()
        assert brand["x"] > exit_button["x"]
        shoot(page, shots, "ar-00-cases-empty")
        create_sample_case(page, shots, "ar")
        expect(page.locator("h1")).to_have_text("الجاهزية")
        assert page.locator("html").get_attribute("dir") == "rtl"
        label = page.locator('label[for="i-victim.family_name"]')
        page.goto(page.url.replace("/check", "/page/victim"))
        expect(label).to_have_text("اسم العائلة")
        box, input_box = label.bounding_box(), page.locator('[id="i-victim.family_name"]').bounding_box()
        assert abs((box["x"] + box["width"]) - (input_box["x"] + input_box["width"])) < 2  # both start at the right
        page.goto(page.url.replace("/page/victim", "/check"))
        shoot(page, shots, "ar-11-readiness")
        downloaded = draft_everything(page, shots, "ar", ["ar"], downloads)
        with page.expect_navigation():
            page.locator('nav ul.actions a[href$="/press"]').click()
        shoot(page, shots, "ar-13-press")
        context.close()
    check_same_record_as_sample(folder, "RD-2026-031.yaml")
    names = sorted(p.name for p in downloaded)
    assert [n for n in names if n.endswith("press-brief-ar.docx")] and [n for n in names if n.endswith("press-brief-en.docx")]
    compare_with_cli(folder, "RD-2026-031.yaml", downloaded, ["en", "ar"], tmp_path)
