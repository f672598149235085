"""The local app through Starlette's test client: every security property, the interview and the file."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

pytest.importorskip("starlette")
from starlette.testclient import TestClient  # noqa: E402

from remedies.app import casefile, interview  # noqa: E402
from remedies.app.security import COOKIE, Gate  # noqa: E402
from remedies.app.server import create_app  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "sample-record.yaml"
PORT = 8765
BASE = f"http://127.0.0.1:{PORT}"
ORIGIN = {"origin": BASE}


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def folder(tmp_path):
    cases = tmp_path / "cases"
    cases.mkdir()
    shutil.copy(SAMPLE, cases / "sample.yaml")
    return cases


@pytest.fixture
def setup(folder):
    clock = Clock()
    links = []
    gate = Gate(port=PORT, idle_minutes=15, clock=clock, announce=links.append)
    client = TestClient(create_app(folder, gate), base_url=BASE, follow_redirects=False)
    return client, gate, clock, links


def login(client, gate):
    link = gate.new_link()
    response = client.get(link[len(BASE):])
    assert response.status_code == 200
    return response


def csrf(client) -> str:
    page = client.get("/")
    return re.search(r'name="_csrf" value="([^"]+)"', page.text).group(1)


@pytest.fixture
def session(setup):
    client, gate, clock, links = setup
    login(client, gate)
    return client, gate, clock, csrf(client)


# ---- security -----------------------------------------------------------------------------------

ROUTES = ["/", "/new", "/case/sample.yaml/check", "/case/sample.yaml/page/victim", "/case/sample.yaml/draft",
          "/case/sample.yaml/press", "/case/sample.yaml/files.zip", "/static/app.js", "/static/app.css"]


@pytest.mark.parametrize("path", ROUTES)
def test_nothing_is_served_without_the_token(setup, path):
    client, gate, clock, links = setup
    response = client.get(path)
    assert response.status_code == 403
    assert "sample" not in response.text and "Tan" not in response.text
    assert links, "a fresh link is printed in the terminal"


def test_the_token_is_exchanged_once_for_a_strict_httponly_cookie(setup):
    client, gate, clock, links = setup
    link = gate.new_link()
    path = link[len(BASE):]
    response = client.get(path)
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(COOKIE + "=") and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert client.get("/").status_code == 200
    other = TestClient(client.app, base_url=BASE, follow_redirects=False)
    assert other.get(path).status_code == 403  # used once: it no longer works
    assert other.get("/").status_code == 403
    assert other.get("/?token=guessed").status_code == 403


def test_a_forged_cookie_is_refused(setup):
    client, gate, clock, links = setup
    client.cookies.set(COOKIE, "forged")
    assert client.get("/").status_code == 403


@pytest.mark.parametrize("host", ["evil.example:8765", "127.0.0.1:9999", "localhost.evil.example", ""])
def test_host_not_on_the_allowlist_is_refused(session, host):
    client, gate, clock, token = session
    response = client.get("/", headers={"host": host})
    assert response.status_code == 400
    assert "Tan" not in response.text


def test_localhost_is_allowed(session):
    client, gate, clock, token = session
    assert client.get("/", headers={"host": f"localhost:{PORT}"}).status_code == 200


@pytest.mark.parametrize("origin", ["http://evil.example", "null", f"http://127.0.0.1:{PORT + 1}", None])
def test_a_change_from_another_origin_is_refused(session, origin, folder):
    client, gate, clock, token = session
    before = (folder / "sample.yaml").read_bytes()
    headers = {"origin": origin} if origin else {}
    response = client.post("/case/sample.yaml/page/impact", headers=headers,
                           data={"_csrf": token, "_version": casefile.digest(before), "impact.summary": "changed"})
    assert response.status_code == 403
    assert (folder / "sample.yaml").read_bytes() == before


POSTS = ["/language", "/new", "/case/sample.yaml/page/impact", "/case/sample.yaml/validate/impact",
         "/case/sample.yaml/undo", "/case/sample.yaml/evidence", "/case/sample.yaml/draft"]


@pytest.mark.parametrize("path", POSTS)
@pytest.mark.parametrize("supplied", [None, "wrong"])
def test_every_form_needs_the_csrf_token(session, folder, path, supplied):
    client, gate, clock, token = session
    before = (folder / "sample.yaml").read_bytes()
    data = {"impact.summary": "changed", "_version": casefile.digest(before), "case.reference": "X-1",
            "case.prepared_on": "2026-11-20"}
    if supplied:
        data["_csrf"] = supplied
    response = client.post(path, headers=ORIGIN, data=data)
    assert response.status_code == 403
    assert (folder / "sample.yaml").read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["sample.yaml"]


def test_every_form_on_every_page_carries_the_csrf_token(session):
    client, gate, clock, token = session
    pages = ["/", "/new", "/case/sample.yaml/check", "/case/sample.yaml/draft", "/case/sample.yaml/press"]
    pages += [f"/case/sample.yaml/page/{page.slug}" for page in interview.PAGES]
    for path in pages:
        html = client.get(path).text
        forms = re.findall(r"<form\b.*?</form>", html, re.S)
        assert forms, path
        for form in forms:
            assert f'name="_csrf" value="{token}"' in form, (path, form[:200])


def test_strict_content_security_policy_and_no_inline_code_or_outside_address(session):
    client, gate, clock, token = session
    pages = ["/", "/new", "/case/sample.yaml/check", "/case/sample.yaml/draft", "/case/sample.yaml/press"]
    pages += [f"/case/sample.yaml/page/{page.slug}" for page in interview.PAGES]
    for path in pages:
        response = client.get(path)
        csp = response.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp and "style-src 'self'" in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp and "http" not in csp
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["cache-control"] == "no-store"
        html = response.text
        for script in re.findall(r"<script\b[^>]*>(.*?)</script>", html, re.S):
            assert script.strip() == "", path
        assert re.findall(r"<script\b[^>]*>", html) == ['<script src="/static/app.js" defer>']
        assert not re.search(r"<style\b|\sstyle=|\son[a-z]+=", html), path
        assert not re.search(r'(src|href|action)="(https?:)?//', html), path


def test_no_asset_or_page_refers_to_anything_outside():
    here = ROOT / "src" / "remedies" / "app"
    for path in list((here / "static").iterdir()) + list((here / "templates").iterdir()):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"https?://|//[a-z0-9-]+\.[a-z]", text), path
        assert "sendBeacon" not in text and "XMLHttpRequest" not in text


def test_the_server_listens_on_loopback_only_and_logs_no_address(monkeypatch, tmp_path):
    from remedies.app import run

    seen = {}

    class Server:
        def __init__(self, config):
            seen["config"] = config

        def run(self):
            seen["ran"] = True

    monkeypatch.setattr(run.uvicorn, "Server", Server)
    run.serve(tmp_path, port=0, browser=False)
    config = seen["config"]
    assert config.host == "127.0.0.1" and config.port > 0 and config.access_log is False
    assert seen["ran"]


@pytest.mark.parametrize("name", ["..%2Fsecret.yaml", "%2E%2E%2Fsecret.yaml", "..", "secret", ".hidden.yaml",
                                  "%2Fetc%2Fpasswd", "sub%2Fsample.yaml", "..%5Csecret.yaml"])
def test_case_names_cannot_leave_the_folder(session, folder, name):
    client, gate, clock, token = session
    (folder.parent / "secret.yaml").write_text("record_version: 1\ncase: {reference: SECRET-1}\n")
    for path in (f"/case/{name}/check", f"/case/{name}/page/case", f"/case/{name}/files/x.docx"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "SECRET" not in response.text


def test_draft_files_cannot_leave_the_drafts_folder(session, folder):
    client, gate, clock, token = session
    (folder / "drafts" / "sample").mkdir(parents=True)
    (folder / "drafts" / "sample" / "ok.docx").write_bytes(b"PK")
    assert client.get("/case/sample.yaml/files/ok.docx").status_code == 200
    for name in ("..%2F..%2Fsample.yaml", "%2E%2E", "..%5C..%5Csample.yaml", "%2Fetc%2Fpasswd"):
        assert client.get(f"/case/sample.yaml/files/{name}").status_code == 404


def test_a_link_out_of_the_folder_is_not_followed(session, folder, tmp_path):
    client, gate, clock, token = session
    outside = tmp_path / "outside.yaml"
    shutil.copy(SAMPLE, outside)
    (folder / "link.yaml").symlink_to(outside)
    assert "link.yaml" not in client.get("/").text
    assert client.get("/case/link.yaml/check").status_code == 404


def test_confinement_helper():
    cases = casefile.CasesFolder(ROOT / "examples")
    for bad in ("../README.md", "/etc/passwd", "a/../../x.yaml", "", ".", "..", "x\x00.yaml"):
        with pytest.raises(casefile.OutsideFolder):
            cases.case_path(bad)
        with pytest.raises(casefile.OutsideFolder):
            cases.inside(bad)


def test_idle_session_is_locked(session):
    client, gate, clock, token = session
    clock.now += 14 * 60
    assert client.get("/").status_code == 200  # used: the idle time starts again
    clock.now += 15 * 60 + 1
    response = client.get("/")
    assert response.status_code == 401 and "Locked" in response.text
    assert client.get("/").status_code == 403  # the session is gone; a new link is needed


def test_quick_exit_ends_the_session_and_leaves_a_harmless_page(session):
    client, gate, clock, token = session
    response = client.get("/exit")
    assert response.status_code == 303 and response.headers["location"] == "/bye"
    assert "cookies" in response.headers["clear-site-data"]
    bye = client.get("/bye")
    assert bye.status_code == 200 and "remedies" not in bye.text.lower() and "<script" not in bye.text
    assert client.get("/").status_code == 403
    assert "quick-exit" not in bye.text and "Cases" not in bye.text
    login(client, gate)
    assert 'id="quick-exit" href="/exit"' in client.get("/case/sample.yaml/page/victim").text


# ---- the interview and the file -----------------------------------------------------------------

def post_page(client, token, folder, slug, values, name="sample.yaml", version=None):
    path = folder / name
    data = {"_csrf": token, "_version": version or casefile.digest(path.read_bytes()), "_action": "stay"}
    page = interview.BY_SLUG[slug]
    state = interview.state_from(__import__("remedies.record.source", fromlist=["read"]).read(path).data, page, "en")
    data |= flatten(state, interview.prefix(page))
    data |= values
    return client.post(f"/case/{name}/page/{slug}", headers=ORIGIN, data=data)


def flatten(state, prefix):
    out = {}
    for key, value in state.items():
        if key == "_from":
            out[prefix + key] = value
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            for index, row in enumerate(value):
                out |= flatten(row, f"{prefix}{key}.{index}.")
        else:
            out[prefix + key] = value
    return out


def test_saving_unchanged_answers_leaves_the_file_byte_for_byte(session, folder):
    client, gate, clock, token = session
    before = (folder / "sample.yaml").read_bytes()
    for page in interview.PAGES:
        response = post_page(client, token, folder, page.slug, {})
        assert response.status_code == 303, (page.slug, response.text[:2000])
    assert (folder / "sample.yaml").read_bytes() == before


def test_a_change_keeps_comments_and_order_and_can_be_undone(session, folder):
    client, gate, clock, token = session
    before = (folder / "sample.yaml").read_text()
    response = post_page(client, token, folder, "impact", {"impact.summary": "She moved house.\nShe changed jobs."})
    assert response.status_code == 303
    after = (folder / "sample.yaml").read_text()
    assert "# the State concerned, ISO 3166-1 alpha-2" in after
    assert "summary: |-\n    She moved house.\n    She changed jobs." in after
    assert after.replace("She moved house.", "").count("\n") > 100
    assert [line for line in after.splitlines() if not line.startswith(" ")] == \
        [line for line in before.splitlines() if not line.startswith(" ")]
    history = sorted((folder / ".history" / "sample").glob("*.yaml"))
    assert len(history) == 1 and history[0].read_text() == before
    response = client.post("/case/sample.yaml/undo", headers=ORIGIN,
                           data={"_csrf": token, "_version": casefile.digest(after.encode())})
    assert response.status_code == 303
    assert (folder / "sample.yaml").read_text() == before


def test_an_error_is_the_check_sentence_and_nothing_typed_is_lost(session, folder):
    client, gate, clock, token = session
    before = (folder / "sample.yaml").read_bytes()
    response = post_page(client, token, folder, "incidents", {
        "incidents.1.date": "2026-02-30", "incidents.1.description": "Typed text that must survive"})
    assert response.status_code == 422
    assert (folder / "sample.yaml").read_bytes() == before
    sentence = "&#39;2026-02-30&#39; is not a valid date (day value is outside expected range); write it as YYYY-MM-DD"
    assert sentence in response.text
    assert 'value="2026-02-30"' in response.text and "Typed text that must survive" in response.text
    # the same sentence as `remedies check` on the same mistake
    bad = folder / "bad.yaml"
    bad.write_text(before.decode().replace("date: 2026-09-16", "date: 2026-02-30"))
    from remedies.record import load
    from remedies.record.problems import RecordError

    with pytest.raises(RecordError) as caught:
        load(bad)
    assert [p.message for p in caught.value.problems] == [sentence.replace("&#39;", "'")]


def test_validation_as_you_type(session, folder):
    client, gate, clock, token = session
    data = {"_csrf": token, "case.reference": "X-1", "case.prepared_on": "2026-13-01", "case.state": "Singapore"}
    response = client.post("/case/new/validate/case", headers=ORIGIN, data=data)
    errors = response.json()["errors"]
    assert errors["case.state"].startswith("'Singapore' is not an ISO 3166-1 alpha-2 country code")
    assert "case.prepared_on" in errors
    assert sorted(p.name for p in folder.iterdir()) == ["sample.yaml"]


def test_a_file_edited_by_hand_meanwhile_is_not_overwritten(session, folder):
    client, gate, clock, token = session
    path = folder / "sample.yaml"
    version = casefile.digest(path.read_bytes())
    edited = path.read_text().replace("Ms A", "Ms B")
    path.write_text(edited)
    response = post_page(client, token, folder, "impact", {"impact.summary": "Mine"}, version=version)
    assert response.status_code == 409
    assert "changed outside the app" in response.text and ">Mine</textarea>" in response.text
    assert path.read_text() == edited
    # an explicit choice saves over it, and the hand-edited version is kept for undo
    response = post_page(client, token, folder, "impact", {"impact.summary": "Mine", "_action": "overwrite"},
                         version=version)
    assert response.status_code == 303
    from remedies.record import load

    record = load(path).record
    assert record.impact.summary == "Mine" and record.victim.pseudonym == "Ms B"
    assert any("Ms B" in p.read_text() for p in (folder / ".history" / "sample").glob("*.yaml"))


def test_groups_add_and_remove_without_saving(session, folder):
    client, gate, clock, token = session
    before = (folder / "sample.yaml").read_bytes()
    response = post_page(client, token, folder, "incidents", {"_action": "add:incidents"})
    assert response.status_code == 200 and "Incident 4" in response.text
    response = post_page(client, token, folder, "victim", {"_action": "add:victim.online_accounts"})
    assert 'name="victim.online_accounts.2.handle"' in response.text
    assert (folder / "sample.yaml").read_bytes() == before


def test_removing_an_incident_keeps_the_others_and_their_comments(session, folder):
    client, gate, clock, token = session
    data = {key: value for key, value in flatten(interview.state_from(
        __import__("remedies.record.source", fromlist=["read"]).read(folder / "sample.yaml").data,
        interview.BY_SLUG["incidents"], "en"), "").items() if not key.startswith("incidents.0.")}
    data |= {"_csrf": token, "_version": casefile.digest((folder / "sample.yaml").read_bytes()), "_action": "stay"}
    response = client.post("/case/sample.yaml/page/incidents", headers=ORIGIN, data=data)
    assert response.status_code == 303
    from remedies.record import load

    record = load(folder / "sample.yaml").record
    assert [i.id for i in record.incidents] == ["I2", "I3"]
    assert "description: >-\n      Posted" in (folder / "sample.yaml").read_text()


def test_new_case_from_nothing(session, folder):
    client, gate, clock, token = session
    response = client.post("/new", headers=ORIGIN, data={
        "_csrf": token, "case.reference": "KL/2026/118", "case.prepared_on": "2026-11-20", "case.locale": "en"})
    assert response.status_code == 303 and response.headers["location"] == "/case/KL-2026-118.yaml/page/victim"
    from remedies.record import load

    record = load(folder / "KL-2026-118.yaml").record
    assert record.case.reference == "KL/2026/118" and record.record_version == 1


def test_new_case_with_an_error_keeps_the_answers(session, folder):
    client, gate, clock, token = session
    response = client.post("/new", headers=ORIGIN, data={
        "_csrf": token, "case.reference": "KL/2026/118", "case.prepared_on": "20 Nov", "case.title": "Kept title"})
    assert response.status_code == 422
    assert "Kept title" in response.text and "is not a valid date" in response.text
    assert sorted(p.name for p in folder.iterdir()) == ["sample.yaml"]


def test_evidence_upload_adds_hash_and_file(session, folder):
    import hashlib

    client, gate, clock, token = session
    version = casefile.digest((folder / "sample.yaml").read_bytes())
    content = b"screenshot bytes"
    response = client.post("/case/sample.yaml/evidence", headers=ORIGIN, data={"_csrf": token, "_version": version},
                           files={"files": ("../../shot 1.png", content, "image/png")})
    assert response.status_code == 303
    from remedies.record import load

    record = load(folder / "sample.yaml").record
    added = record.evidence[-1]
    assert added.id == "E5" and added.sha256 == hashlib.sha256(content).hexdigest()
    stored = folder / added.file
    assert stored.read_bytes() == content and folder in stored.resolve().parents
    assert "# the State concerned" in (folder / "sample.yaml").read_text()


def test_readiness_links_each_missing_field_to_its_question(session):
    client, gate, clock, token = session
    html = client.get("/case/sample.yaml/check").text
    assert '<a href="/case/sample.yaml/page/consent#f-victim.consent.informed_of_government_letter">' in html
    assert '<a href="/case/sample.yaml/page/respondents#f-respondents.0.basis_for_identification">' in html
    assert "press-brief" in html and "ready" in html


def test_press_side_by_side_shows_what_is_removed(session):
    client, gate, clock, token = session
    html = client.get("/case/sample.yaml/press").text
    assert "<code dir=\"ltr\">victim.employer</code></td><td>the employer&#39;s name</td><td dir=\"auto\">her employer</td>" in html
    assert "30-39" in html and "September 2026" in html
    assert "exact date replaced by the month and year" in html


def test_draft_and_download(session, folder):
    import io
    import zipfile

    from docx import Document

    client, gate, clock, token = session
    response = client.post("/case/sample.yaml/draft", headers=ORIGIN,
                           data={"_csrf": token, "doc": ["press-brief", "platform-report"], "locale": ["en"]})
    assert response.status_code == 200
    names = sorted(p.name for p in (folder / "drafts" / "sample").glob("*.docx"))
    assert "RD-2026-031-press-brief-en.docx" in names and "RD-2026-031-platform-report-x-en.docx" in names
    download = client.get("/case/sample.yaml/files/RD-2026-031-press-brief-en.docx")
    text = "\n".join(p.text for p in Document(io.BytesIO(download.content)).paragraphs)
    assert "Ms A" in text and "Tan" not in text
    archive = zipfile.ZipFile(io.BytesIO(client.get("/case/sample.yaml/files.zip").content))
    assert sorted(n for n in archive.namelist() if n.endswith(".docx")) == names


def test_interface_in_arabic_is_right_to_left(session):
    client, gate, clock, token = session
    client.post("/language", headers=ORIGIN, data={"_csrf": token, "lang": "ar", "back": "/"})
    html = client.get("/case/sample.yaml/page/victim").text
    assert '<html lang="ar" dir="rtl">' in html
    assert "Who was harmed" not in html  # translated
    assert 'class="fallback"' not in html


def test_a_language_without_a_complete_catalog_falls_back_visibly(session):
    client, gate, clock, token = session
    client.post("/language", headers=ORIGIN, data={"_csrf": token, "lang": "ta", "back": "/"})
    html = client.get("/case/sample.yaml/page/victim").text
    assert 'class="fallback"' in html and 'dir="ltr"' in html


def test_upload_refused_by_evidence_add_changes_nothing(session, folder):
    client, gate, clock, token = session
    path = folder / "sample.yaml"
    version = casefile.digest(path.read_bytes())
    content = b"same bytes twice"
    first = client.post("/case/sample.yaml/evidence", headers=ORIGIN, data={"_csrf": token, "_version": version},
                        files={"files": ("a.png", content, "image/png")})
    assert first.status_code == 303
    after_first = path.read_bytes()
    again = client.post("/case/sample.yaml/evidence", headers=ORIGIN,
                        data={"_csrf": token, "_version": casefile.digest(after_first)},
                        files={"files": ("b.png", content, "image/png")})
    assert again.status_code == 303
    assert path.read_bytes() == after_first
    page = client.get("/case/sample.yaml/page/evidence").text
    assert "The files were not added:" in page and "already in the record as evidence E5" in page
    assert sorted(p.name for p in (folder / "evidence" / "sample").iterdir()) == ["a.png"]


def test_upload_to_a_file_changed_meanwhile_is_refused(session, folder):
    client, gate, clock, token = session
    path = folder / "sample.yaml"
    version = casefile.digest(path.read_bytes())
    path.write_text(path.read_text().replace("Ms A", "Ms C"))
    changed = path.read_bytes()
    response = client.post("/case/sample.yaml/evidence", headers=ORIGIN, data={"_csrf": token, "_version": version},
                           files={"files": ("a.png", b"x", "image/png")})
    assert response.status_code == 303 and path.read_bytes() == changed


@pytest.mark.libreoffice
def test_preview_as_pdf(session, folder):
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.skip("LibreOffice is not installed")
    client, gate, clock, token = session
    client.post("/case/sample.yaml/draft", headers=ORIGIN, data={"_csrf": token, "doc": ["press-brief"], "locale": ["en"]})
    response = client.post("/case/sample.yaml/preview/RD-2026-031-press-brief-en.docx", headers=ORIGIN,
                           data={"_csrf": token})
    assert response.status_code == 303
    assert response.headers["location"] == "/case/sample.yaml/files/RD-2026-031-press-brief-en.pdf"
    pdf = client.get(response.headers["location"])
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert "inline" in pdf.headers["content-disposition"]


def test_error_summary_names_the_field_as_check_does(session, folder):
    client, gate, clock, token = session
    response = post_page(client, token, folder, "incidents", {"incidents.1.date": "2026-02-30"})
    assert '<a href="#f-incidents.1.date">incidents[2].date</a>: &#39;2026-02-30&#39; is not a valid date' in response.text


def test_command_refuses_a_missing_folder(tmp_path):
    from click.testing import CliRunner

    from remedies.cli import main

    result = CliRunner().invoke(main, ["app", str(tmp_path / "nowhere"), "--no-browser"])
    assert result.exit_code == 2
    assert "is not a folder" in result.output and "Traceback" not in result.output


def test_command_prints_a_one_time_link_and_serves_loopback(monkeypatch, tmp_path):
    from click.testing import CliRunner

    from remedies.app import run
    from remedies.cli import main

    seen = {}

    class Server:
        def __init__(self, config):
            seen["config"] = config

        def run(self):
            gate = seen["config"].app.gate
            seen["tokens"] = set(gate.tokens)

    opened = []
    monkeypatch.setattr(run.uvicorn, "Server", Server)
    monkeypatch.setattr(run.webbrowser, "open", opened.append)
    result = CliRunner().invoke(main, ["app", str(tmp_path), "--port", "8799"])
    assert result.exit_code == 0, result.output
    link = re.search(r"http://127\.0\.0\.1:8799/\?token=(\S+)", result.output)
    assert link and link.group(1) in seen["tokens"] and opened == [link.group(0)]
    assert seen["config"].host == "127.0.0.1" and seen["config"].port == 8799


def test_no_copy_of_the_record_goes_outside_the_cases_folder(session, folder, tmp_path, monkeypatch):
    import tempfile

    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    client, gate, clock, token = session
    post_page(client, token, folder, "impact", {"impact.summary": "Changed"})
    client.post("/case/sample.yaml/validate/impact", headers=ORIGIN, data={"_csrf": token, "impact.summary": "x"})
    version = casefile.digest((folder / "sample.yaml").read_bytes())
    client.post("/case/sample.yaml/evidence", headers=ORIGIN, data={"_csrf": token, "_version": version},
                files={"files": ("note.txt", b"a note", "text/plain")})
    client.get("/case/sample.yaml/check")
    assert list(shared.iterdir()) == []
    assert not [p for p in folder.iterdir() if p.name.startswith(".") and p.name not in {".history"}]


@pytest.mark.parametrize("back", ["//evil.example/", "/\\evil.example", "http://evil.example/", "/%0d%0aX: y", "javascript:x"])
def test_redirects_stay_inside_the_app(session, back):
    client, gate, clock, token = session
    response = client.post("/language", headers=ORIGIN, data={"_csrf": token, "lang": "en", "back": back})
    assert response.status_code == 303
    location = response.headers["location"]
    assert location == "/" or (location.startswith("/") and "evil" not in location and "\n" not in location)


def test_websockets_are_refused(session):
    from starlette.websockets import WebSocketDisconnect

    client, gate, clock, token = session
    with pytest.raises(WebSocketDisconnect):
        with client.websocket_connect("/") as socket:
            socket.receive_text()


def test_a_file_that_cannot_be_read_is_shown_and_never_changed(session, folder):
    client, gate, clock, token = session
    broken = folder / "broken.yaml"
    broken.write_text("record_version: 1\ncase: [unclosed\n")
    before = broken.read_bytes()
    page = client.get("/case/broken.yaml/page/impact")
    assert page.status_code == 409 and "This record file cannot be read" in page.text
    assert "broken.yaml:" in page.text
    response = client.post("/case/broken.yaml/page/impact", headers=ORIGIN, data={
        "_csrf": token, "_version": casefile.digest(before), "impact.summary": "x"})
    assert response.status_code == 409 and broken.read_bytes() == before
    check = client.get("/case/broken.yaml/check")
    assert check.status_code == 200 and "problems to correct" in check.text
    assert "cannot be read" in client.get("/").text
