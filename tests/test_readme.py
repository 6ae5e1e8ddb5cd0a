"""The README opens with exactly the two set-up commands, and CI runs the test command verbatim."""

from __future__ import annotations

from helpers import ROOT


def _setup_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = text.split("```sh\n", 1)[1].split("```", 1)[0]
    return [line for line in first_block.splitlines() if line.strip()]


def test_readme_opens_with_two_setup_commands() -> None:
    """The first thing after the title is a block of two commands: run the audit, run the tests."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert text.startswith("# policydiff\n\n```sh\n")
    audit_cmd, test_cmd = _setup_commands()
    assert "policydiff audit seeds/" in audit_cmd and "pytest" in test_cmd


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run contains the README's test command, character for character."""
    _, test_cmd = _setup_commands()
    assert test_cmd in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
