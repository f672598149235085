"""The app's pages (Starlette + Jinja2): cases, the interview, evidence, readiness and drafting."""

from __future__ import annotations

import io
import re
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Any, Optional

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from remedies.app import casefile, evidence, interview
from remedies.app.i18n import Translator, language_name
from remedies.app.security import COOKIE, Gate, Guard, csrf_ok

HERE = Path(__file__).resolve().parent
MAX_UPLOAD = 50 * 1024 * 1024


class App:
    def __init__(self, root: Path, gate: Gate):
        self.folder = casefile.CasesFolder(root)
        self.gate = gate
        self.env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]),
                               trim_blocks=True, lstrip_blocks=True)

    # ---- helpers -----------------------------------------------------------------------------

    def page(self, request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        from remedies.rendering.resources import available_locales

        session = request.state.session
        _ = Translator(session.language)
        context |= {
            "_": _, "csrf": session.csrf, "lang": session.language, "dir": _.direction,
            "languages": [(code, language_name(code)) for code in available_locales()],
            "pages": interview.PAGES, "notice": session.notice, "request": request,
            "choice_label": interview.choice_label, "help_text": interview.help_text,
            "check_path": interview.check_path, "idle_minutes": self.gate.idle_minutes,
        }
        session.notice = None
        html = self.env.get_template(template).render(**context)
        fallback = "" if _.complete or not _.fell_back else "fallback"
        return HTMLResponse(html.replace("<!--fallback-->", self._fallback_note(_) if fallback else ""),
                            status_code=status)

    def _fallback_note(self, _: Translator) -> str:
        from html import escape

        note = _("This interface is not fully translated into this language yet: %(count)d texts are shown "
                 "in English.") % {"count": len(_.fell_back)}
        return f'<p class="fallback" role="note">{escape(note)}</p>'

    def case_name(self, request: Request) -> str:
        name = request.path_params["name"]
        try:
            path = self.folder.case_path(name)
        except casefile.OutsideFolder:
            raise HTTPException(404) from None
        if not path.is_file():
            raise HTTPException(404)
        return name

    async def form(self, request: Request):
        """The submitted form, refused (403) without the session's CSRF token."""
        form = await request.form(max_files=50, max_fields=5000)
        supplied = form.get("_csrf") or request.headers.get("x-csrf-token")
        if not csrf_ok(request.state.session, supplied):
            await form.close()
            raise HTTPException(403, "the form's security token is missing or wrong; reload the page")
        return form

    def typed(self, name: str):
        from remedies.record.problems import RecordError
        from remedies.record.source import read

        try:
            return read(self.folder.case_path(name)).data, None
        except RecordError as exc:
            return {}, exc.problems

    def checked(self, name: str) -> interview.Checked:
        return interview.validate(self.folder.case_path(name).read_text(encoding="utf-8"), name, self.folder.root)

    def locale_of(self, typed: Any) -> str:
        case = typed.get("case") if isinstance(typed, dict) else None
        locale = case.get("locale") if isinstance(case, dict) else None
        return locale if isinstance(locale, str) else "en"

    # ---- cases -------------------------------------------------------------------------------

    async def home(self, request: Request) -> Response:
        rows = []
        for name in self.folder.cases():
            typed, problems = self.typed(name)
            case = typed.get("case") if isinstance(typed, dict) else None
            case = case if isinstance(case, dict) else {}
            rows.append({"name": name, "reference": case.get("reference") or "", "title": interview._text(case.get("title"), "en"),
                         "readable": problems is None})
        return self.page(request, "cases.html", cases=rows, folder=str(self.folder.root))

    async def language(self, request: Request) -> Response:
        from remedies.rendering.resources import available_locales

        form = await self.form(request)
        if form.get("lang") in available_locales():
            request.state.session.language = form["lang"]
        return RedirectResponse(_local(str(form.get("back", "/"))) or "/", 303)

    async def new_case(self, request: Request) -> Response:
        page = interview.BY_SLUG["case"]
        if request.method == "GET":
            state = interview.blank(page.items)
            return self.page(request, "page.html", page=page, state=state, errors={}, name=None, version="",
                             action="/new")
        form = await self.form(request)
        state = interview.state_from_form(form, page)
        from ruamel.yaml.comments import CommentedMap

        document = CommentedMap()
        document["record_version"] = 1
        interview.apply(document, {}, page, state, "en")
        reference = str(state.get("reference") or "").strip()
        checked = interview.validate(casefile.dump(document), "new.yaml", self.folder.root)
        errors = checked.on(page)
        if not reference:
            errors.setdefault("case.reference", "is required")
        if errors:
            return self.page(request, "page.html", 422, page=page, state=state, errors=errors, name=None, version="",
                             action="/new")
        name = self.folder.new_case_name(reference)
        document.yaml_set_start_comment("An incident record written with remedies app; every field is described "
                                        "in docs/record.md.")
        self.folder.save(name, document, None)
        request.state.session.notice = "saved"
        return RedirectResponse(f"/case/{name}/page/victim", 303)

    async def case_home(self, request: Request) -> Response:
        name = self.case_name(request)
        return RedirectResponse(f"/case/{name}/check", 303)

    # ---- interview pages ---------------------------------------------------------------------

    async def interview_page(self, request: Request) -> Response:
        name = self.case_name(request)
        page = interview.BY_SLUG.get(request.path_params["slug"])
        if page is None:
            raise HTTPException(404)
        typed, unreadable = self.typed(name)
        if unreadable:
            return self.page(request, "unreadable.html", 409, name=name, problems=unreadable)
        locale = self.locale_of(typed)
        version = self.folder.version(name)
        if request.method == "GET":
            state = interview.state_from(typed, page, locale)
            errors = self.checked(name).on(page)
            return self.page(request, "page.html", page=page, state=state, errors=errors, name=name,
                             version=version, action=f"/case/{name}/page/{page.slug}")

        form = await self.form(request)
        state = interview.state_from_form(form, page)
        action = str(form.get("_action", "save"))
        shown = dict(page=page, name=name, action=f"/case/{name}/page/{page.slug}")
        if action.startswith(("add:", "remove:")):
            _change_rows(page, state, action)
            return self.page(request, "page.html", page=page, state=state, errors={}, name=name,
                             version=form.get("_version", ""), action=shown["action"])
        expected = str(form.get("_version", ""))
        if expected != version and action != "overwrite":
            return self.page(request, "page.html", 409, state=state, errors={}, conflict=True, version=version,
                             **shown)
        document, version = self.folder.load_document(name)
        interview.apply(document, typed, page, state, locale)
        checked = interview.validate(casefile.dump(document), name, self.folder.root)
        errors = checked.blocking(page)
        if errors:
            return self.page(request, "page.html", 422, state=state, errors=errors, version=expected if
                             action != "overwrite" else version, **shown)
        try:
            self.folder.save(name, document, version)
        except casefile.Conflict:
            return self.page(request, "page.html", 409, state=state, errors={}, conflict=True,
                             version=self.folder.version(name), **shown)
        request.state.session.notice = "saved"
        following = _next_page(page)
        target = f"/case/{name}/page/{following.slug}" if following and action == "save" else \
            f"/case/{name}/check" if action == "save" else f"/case/{name}/page/{page.slug}"
        return RedirectResponse(target, 303)

    async def validate(self, request: Request) -> Response:
        """Validation as you type: the page's answers checked against the record, nothing saved."""
        name = request.path_params["name"]
        page = interview.BY_SLUG.get(request.path_params["slug"])
        if page is None:
            raise HTTPException(404)
        form = await self.form(request)
        state = interview.state_from_form(form, page)
        from ruamel.yaml.comments import CommentedMap

        if name == "new":
            document, typed = CommentedMap({"record_version": 1}), {}
        else:
            name = self.case_name(request)
            typed, unreadable = self.typed(name)
            document, _version = self.folder.load_document(name)
        interview.apply(document, typed, page, state, self.locale_of(typed))
        checked = interview.validate(casefile.dump(document), name, self.folder.root)
        return JSONResponse({"errors": checked.on(page)})

    async def undo(self, request: Request) -> Response:
        name = self.case_name(request)
        form = await self.form(request)
        try:
            self.folder.undo(name, str(form.get("_version", "")))
            request.state.session.notice = "undone"
        except casefile.Conflict:
            request.state.session.notice = "conflict"
        except FileNotFoundError:
            request.state.session.notice = "nothing-to-undo"
        back = _local(str(form.get("back", "")))
        return RedirectResponse(back if back and back.startswith("/case/") else f"/case/{name}/check", 303)

    async def upload(self, request: Request) -> Response:
        name = self.case_name(request)
        form = await self.form(request)
        try:
            return await self._upload(request, name, form)
        finally:
            await form.close()

    async def _upload(self, request: Request, name: str, form) -> Response:
        files = [item for item in form.getlist("files") if isinstance(item, UploadFile) and item.filename]
        if not files:
            request.state.session.notice = "no-files"
            return RedirectResponse(f"/case/{name}/page/evidence", 303)
        with tempfile.TemporaryDirectory(prefix=".upload-", dir=self.folder.root) as temporary:  # never /tmp
            uploads = []
            for number, item in enumerate(files):
                target = Path(temporary) / str(number)
                size = 0
                with target.open("wb") as out:
                    while chunk := await item.read(1 << 20):
                        size += len(chunk)
                        if size > MAX_UPLOAD:
                            raise HTTPException(413, "a file is larger than 50 MiB")
                        out.write(chunk)
                uploads.append((target, Path(item.filename.replace("\\", "/")).name))
            try:
                ids = evidence.add(self.folder, name, uploads, str(form.get("_version", "")))
            except casefile.Conflict:
                request.state.session.notice = "conflict"
                return RedirectResponse(f"/case/{name}/page/evidence", 303)
            except evidence.Refused as exc:
                request.state.session.notice = "refused:" + str(exc)
                return RedirectResponse(f"/case/{name}/page/evidence", 303)
        request.state.session.notice = "added:" + ", ".join(ids)
        if request.headers.get("x-requested-with") == "fetch":
            return JSONResponse({"added": ids})
        return RedirectResponse(f"/case/{name}/page/evidence", 303)

    # ---- readiness and drafting --------------------------------------------------------------

    async def check(self, request: Request) -> Response:
        from remedies.readiness import readiness

        name = self.case_name(request)
        checked = self.checked(name)
        rows, problems = [], []
        for problem in checked.problems:
            found = interview.field_page(_path_text(problem.path))
            problems.append({"text": str(problem).split(": ", 1)[-1], "link": _link(name, found)})
        if checked.record is not None:
            for row in readiness(checked.record):
                row = dict(row)
                row["links"] = [(path, _link(name, interview.field_page(path))) for path in row.get("missing", [])]
                rows.append(row)
        return self.page(request, "check.html", name=name, rows=rows, problems=problems,
                         version=self.folder.version(name), history=len(self.folder.history(name)))

    async def draft(self, request: Request) -> Response:
        from remedies.documents import REGISTRY
        from remedies.rendering.resources import available_locales

        name = self.case_name(request)
        checked = self.checked(name)
        if checked.record is None:
            return RedirectResponse(f"/case/{name}/check", 303)
        record = checked.record
        jobs = None
        chosen_docs, chosen_locales = [], [record.case.locale]
        if request.method == "POST":
            from remedies import drafting

            form = await self.form(request)
            chosen_docs = [d for d in form.getlist("doc") if d in REGISTRY]
            chosen_locales = [loc for loc in form.getlist("locale") if loc in available_locales()] or [record.case.locale]
            jobs = drafting.plan(record, chosen_docs or list(REGISTRY), chosen_locales)
            out = self.folder.drafts_dir(name)
            if out.exists():
                shutil.rmtree(out)
            out.mkdir(parents=True)
            ready = [job for job in jobs if job.draft is not None]
            for job in ready:
                try:
                    drafting.write([job], record, out, force=True)
                except Exception as exc:  # a refused press brief, a leak found: said, never written
                    job.refused = job.refused or str(exc)
        files = sorted(p.name for p in self.folder.drafts_dir(name).glob("*")) if self.folder.drafts_dir(name).is_dir() else []
        return self.page(request, "draft.html", name=name, documents=list(REGISTRY), jobs=jobs, files=files,
                         chosen_docs=chosen_docs, chosen_locales=chosen_locales,
                         locales=[(code, language_name(code)) for code in available_locales()],
                         soffice=bool(shutil.which("soffice") or shutil.which("libreoffice")))

    def draft_file(self, name: str, file: str) -> Path:
        try:
            path = self.folder.inside("drafts", Path(name).stem, file)
        except casefile.OutsideFolder:
            raise HTTPException(404) from None
        if not path.is_file():
            raise HTTPException(404)
        return path

    async def download(self, request: Request) -> Response:
        name = self.case_name(request)
        path = self.draft_file(name, request.path_params["file"])
        inline = path.suffix == ".pdf"
        return FileResponse(path, filename=path.name, content_disposition_type="inline" if inline else "attachment")

    async def download_zip(self, request: Request) -> Response:
        name = self.case_name(request)
        folder = self.folder.drafts_dir(name)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(folder.glob("*")) if folder.is_dir() else []:
                if path.is_file() and path.suffix != ".pdf":
                    archive.write(path, path.name)
        return Response(buffer.getvalue(), media_type="application/zip",
                        headers={"content-disposition": f'attachment; filename="{Path(name).stem}-documents.zip"'})

    async def preview(self, request: Request) -> Response:
        from remedies.rendering.output import to_pdf

        name = self.case_name(request)
        await self.form(request)
        path = self.draft_file(name, request.path_params["file"])
        target = path.with_suffix(".pdf")
        if not target.exists():
            to_pdf(path, target, force=True)
        return RedirectResponse(f"/case/{name}/files/{target.name}", 303)

    async def press(self, request: Request) -> Response:
        name = self.case_name(request)
        checked = self.checked(name)
        if checked.record is None:
            return RedirectResponse(f"/case/{name}/check", 303)
        from remedies.app.press import removed_terms, side_by_side

        rows, refusal = side_by_side(checked.record, request.state.session.language)
        return self.page(request, "press.html", name=name, rows=rows, refusal=refusal,
                         terms=removed_terms(checked.record))

    # ---- quick exit --------------------------------------------------------------------------

    async def quick_exit(self, request: Request) -> Response:
        self.gate.close(request.state.sid)
        response = RedirectResponse("/bye", 303)
        response.delete_cookie(COOKIE, path="/")
        response.headers["clear-site-data"] = '"cache", "cookies", "storage"'
        return response

    async def bye(self, request: Request) -> Response:
        return HTMLResponse((HERE / "templates" / "bye.html").read_text(encoding="utf-8"))


_LOCAL = re.compile(r"^/(?![/\\])[A-Za-z0-9._~/%-]*$")


def _local(path: str) -> Optional[str]:
    """`path` if it is a page of this app (never another site: no //host, no backslash), else None."""
    return path if _LOCAL.match(path) else None


def _path_text(path) -> str:
    from remedies.record.problems import field_path

    return field_path(path)


def _link(name: str, found) -> Optional[str]:
    if not found:
        return None
    page, field_name = found
    return f"/case/{name}/page/{page.slug}#f-{field_name}"


def _next_page(page: interview.Page) -> Optional[interview.Page]:
    index = interview.PAGES.index(page)
    return interview.PAGES[index + 1] if index + 1 < len(interview.PAGES) else None


def _change_rows(page: interview.Page, state: dict, action: str) -> None:
    """Add a blank item to a group, or remove one, in the answers shown (nothing is saved)."""
    verb, _, target = action.partition(":")
    start = interview.prefix(page)
    if not target.startswith(start):
        return
    parts = target[len(start):].split(".")
    if verb == "remove":
        parts, index = parts[:-1], parts[-1]
    holder: Any = state
    items: Any = page.items
    group = None
    position = 0
    while position < len(parts):
        # group names may hold dots (legal.laws_applied): match the longest known name
        for length in range(len(parts) - position, 0, -1):
            candidate = ".".join(parts[position:position + length])
            group = next((i for i in items if isinstance(i, interview.Group) and i.name == candidate), None)
            if group is not None:
                position += length
                break
        if group is None or not isinstance(holder, dict):
            return
        rows = holder.setdefault(group.name, [])
        if position == len(parts):
            if verb == "add":
                rows.append(interview.blank(group.items))
            elif index.isdigit() and int(index) < len(rows):
                del rows[int(index)]
            return
        row_index = parts[position]
        if not row_index.isdigit() or int(row_index) >= len(rows):
            return
        holder, items = rows[int(row_index)], group.items
        position += 1


def create_app(root: Path, gate: Gate) -> Starlette:
    app = App(root, gate)
    routes = [
        Route("/", app.home),
        Route("/bye", app.bye),
        Route("/exit", app.quick_exit),
        Route("/language", app.language, methods=["POST"]),
        Route("/new", app.new_case, methods=["GET", "POST"]),
        Route("/case/{name}", app.case_home),
        Route("/case/{name}/page/{slug}", app.interview_page, methods=["GET", "POST"]),
        Route("/case/{name}/validate/{slug}", app.validate, methods=["POST"]),
        Route("/case/{name}/undo", app.undo, methods=["POST"]),
        Route("/case/{name}/evidence", app.upload, methods=["POST"]),
        Route("/case/{name}/check", app.check),
        Route("/case/{name}/draft", app.draft, methods=["GET", "POST"]),
        Route("/case/{name}/files.zip", app.download_zip),
        Route("/case/{name}/files/{file}", app.download),
        Route("/case/{name}/preview/{file}", app.preview, methods=["POST"]),
        Route("/case/{name}/press", app.press),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    starlette = Starlette(routes=routes)
    starlette.state.app = app
    return Guard(starlette, gate)
