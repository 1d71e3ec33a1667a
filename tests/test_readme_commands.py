"""Every command of README.md's "Use" block returns results on `make demo`'s database: run
from a copy of the examples, as a newcomer would run them after `make demo`."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("## Use", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = []
    for line in block.splitlines():
        command = line.split("  #", 1)[0].strip()
        if command and not command.startswith("#") and "dateline serve" not in command:
            commands.append(command)
    return commands


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    """A folder holding the examples and the demo's database, as `make demo` leaves them."""
    folder = tmp_path_factory.mktemp("demo")
    shutil.copytree(ROOT / "examples", folder / "examples")
    subprocess.run(
        [str(BIN / "dateline"), "ingest", "examples/", "--db", "dateline.db", "--quiet"],
        cwd=folder,
        check=True,
        capture_output=True,
    )
    return folder


def test_the_readme_shows_the_commands_it_should():
    commands = readme_commands()
    assert len(commands) >= 10
    assert any(command.startswith("dateline figures") for command in commands)


@pytest.mark.parametrize("command", readme_commands())
def test_a_readme_command_returns_results_on_the_demo_database(command, demo):
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(
        ["bash", "-c", command], cwd=demo, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = re.search(r"(\d+) (?:stor(?:y|ies)|figures?|events?|quotes?) found", done.stderr)
    if found:
        assert int(found.group(1)) > 0, f"{command}: {done.stderr}"
    elif "--out" in command:
        out = demo / command.split("--out", 1)[1].split()[0]
        assert out.exists() and out.stat().st_size > 0
    elif command.startswith("dateline ingest"):
        assert "now holds" in done.stderr and " 0 article" not in done.stderr
    else:
        assert done.stdout.strip(), f"{command} printed nothing"
