"""The shipped pre-commit hooks, run by pre-commit itself on a scratch git repository.

The hooks of ``.pre-commit-hooks.yaml`` are copied into the scratch
repository's configuration as ``repo: local`` hooks — the same id, entry,
arguments and file filters — run by the quotefix installed beside this
interpreter, so the test needs no network (a hook of ``language: python``
would build its own environment from the package index). pre-commit then
does what it does in a newsroom's repository: it picks the staged files,
names them on the command line, and fails the commit when a hook fails or
changes a file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml  # pre-commit's own dependency

ROOT = Path(__file__).parent.parent
HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
BROKEN = "He said ” hi ».\n"
FIXED = "He said “hi”.\n"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _language() -> str:
    import importlib.util

    # pre-commit 4.4 renamed "system" (run what is on PATH) to "unsupported".
    renamed = importlib.util.find_spec("pre_commit.languages.unsupported") is not None
    return "unsupported" if renamed else "system"


def _git(repo: Path, *argv: str) -> None:
    subprocess.run(["git", "-c", "user.name=desk", "-c", "user.email=desk@example.org", *argv],
                   cwd=repo, check=True, capture_output=True)


def _repository(tmp_path: Path, hook_id: str) -> Path:
    repo = tmp_path / "newsroom"
    repo.mkdir()
    _git(repo, "init", "-q")
    hook = next(h for h in HOOKS if h["id"] == hook_id)
    local = {key: hook[key] for key in ("id", "name", "entry", "files", "types_or")}
    config = {"repos": [{"repo": "local", "hooks": [{**local, "language": _language()}]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    (repo / "pyproject.toml").write_text('[tool.quotefix]\nexclude = ["drafts/"]\n',
                                         encoding="utf-8")
    for name in ("news/a.txt", "news/b.md", "drafts/c.txt", "notes.py"):
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(BROKEN, encoding="utf-8")
    _git(repo, "add", ".")
    return repo


def _pre_commit(repo: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1",
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    env.pop("CI", None)
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--color", "never"],
                          cwd=repo, capture_output=True, text=True, env=env, check=False,
                          timeout=300)


def test_the_shipped_hooks_force_exclude() -> None:
    for hook in HOOKS:
        assert "--force-exclude" in hook["entry"].split(), hook["id"]
        assert hook["entry"].split()[:2] in (["quotefix", "check"], ["quotefix", "fix"])


def test_check_hook_fails_on_staged_articles_and_skips_excluded_drafts(tmp_path: Path) -> None:
    repo = _repository(tmp_path, "quotefix-check")
    done = _pre_commit(repo, tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "news/a.txt:1:9: QF101" in done.stdout
    assert "news/b.md:1:9: QF101" in done.stdout
    assert "drafts/c.txt" not in done.stdout  # excluded, though pre-commit names it
    assert "notes.py" not in done.stdout  # not an article: the hook's file filter
    assert "2 files checked." in done.stdout
    (repo / "news" / "a.txt").write_text(FIXED, encoding="utf-8")
    (repo / "news" / "b.md").write_text(FIXED, encoding="utf-8")
    _git(repo, "add", ".")
    done = _pre_commit(repo, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Passed" in done.stdout


def test_fix_hook_repairs_staged_articles_and_leaves_drafts_alone(tmp_path: Path) -> None:
    repo = _repository(tmp_path, "quotefix-fix")
    done = _pre_commit(repo, tmp_path)
    assert done.returncode == 1  # files were modified: the commit stops for a review
    assert "files were modified by this hook" in done.stdout
    assert (repo / "news" / "a.txt").read_text(encoding="utf-8") == FIXED
    assert (repo / "news" / "b.md").read_text(encoding="utf-8") == FIXED
    assert (repo / "drafts" / "c.txt").read_text(encoding="utf-8") == BROKEN
    assert (repo / "notes.py").read_text(encoding="utf-8") == BROKEN
    _git(repo, "add", ".")
    assert _pre_commit(repo, tmp_path).returncode == 0
