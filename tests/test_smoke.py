from docxtext import document_text


def test_sample_drafts_the_application(cli, sample, tmp_path):
    result = cli("draft", sample, "--out", tmp_path)
    assert result.exit_code == 0, result.output
    text = document_text(tmp_path / "RD-2026-031-court-application-simplified-claim-en.docx")
    assert "Protection from Harassment Court" in text
    assert "Mei Ling Tan" in text
