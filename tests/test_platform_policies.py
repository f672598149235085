"""Every harm on every platform resolves to the platform's own policy or to an explicit 'not covered'."""

from __future__ import annotations

import datetime as dt

import pytest

from remedies.knowledge import platforms
from remedies.knowledge.platforms import NotCovered, PlatformDataError, Policy, policy_for
from remedies.record import vocab

DATA_PLATFORMS = platforms.known_platforms()


def test_every_platform_but_other_has_a_data_file():
    assert set(DATA_PLATFORMS) == set(vocab.PLATFORMS) - {"other"}


@pytest.mark.parametrize("platform", DATA_PLATFORMS)
@pytest.mark.parametrize("harm", list(vocab.HARMS))
def test_harm_resolves_to_policy_or_not_covered(platform, harm):
    found = policy_for(platform, harm)
    assert found.platform == platform and found.harm == harm
    if isinstance(found, Policy):
        assert found.name.strip()
        assert found.url.startswith("https://")
        assert found.summary.strip()
        assert isinstance(found.checked_on, dt.date)
        assert found.source and found.source.startswith("http")
    else:
        assert isinstance(found, NotCovered)
        assert len(found.reason) > 20


@pytest.mark.parametrize("platform", DATA_PLATFORMS)
def test_profile_has_report_route_and_limits(platform):
    profile = platforms.profile(platform)
    assert profile.has_data and profile.name
    assert profile.report_url and profile.report_url.startswith("https://")
    assert profile.form_limits.description and profile.form_limits.description > 0


def test_platform_without_data_is_named_not_covered():
    found = policy_for("other", "doxxing")
    assert isinstance(found, NotCovered)
    assert "no policy data" in found.reason
    assert not platforms.profile("other").has_data


def test_sample_harms_resolve_to_the_platforms_own_names():
    assert policy_for("x", "doxxing").name == "Private Information"
    assert policy_for("x", "harassment").name == "Abuse and Harassment"
    assert policy_for("x", "threats").name == "Violent Content"
    assert policy_for("x", "impersonation").name == "Misleading and Deceptive Identities"
    assert policy_for("telegram", "threats").name == "Promoting violence"
    assert policy_for("telegram", "impersonation").name == "Impersonation (FAKE and SCAM labels)"
    assert isinstance(policy_for("telegram", "hate_speech"), NotCovered)


def test_override_folder_takes_precedence(tmp_path, monkeypatch):
    folder = tmp_path / "platforms"
    folder.mkdir()
    source = (platforms.data.DATA / "platforms" / "x.yaml").read_text(encoding="utf-8")
    (folder / "x.yaml").write_text(source.replace("name: Private Information", "name: Personal Data Rule"),
                                   encoding="utf-8")
    monkeypatch.setenv("REMEDIES_DATA_DIR", str(tmp_path))
    assert policy_for("x", "doxxing").name == "Personal Data Rule"
    assert policy_for("telegram", "threats").name == "Promoting violence"  # not overridden: shipped file


def test_broken_entry_is_one_clear_sentence(tmp_path, monkeypatch):
    folder = tmp_path / "platforms"
    folder.mkdir()
    source = (platforms.data.DATA / "platforms" / "x.yaml").read_text(encoding="utf-8")
    broken = source.replace("    url: https://help.x.com/en/rules-and-policies/personal-information\n", "", 1)
    (folder / "x.yaml").write_text(broken, encoding="utf-8")
    monkeypatch.setenv("REMEDIES_DATA_DIR", str(tmp_path))
    with pytest.raises(PlatformDataError, match=r"x\.yaml: policies\.doxxing: needs `name` and `url`"):
        policy_for("x", "doxxing")
