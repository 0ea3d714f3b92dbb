"""The parser built for one named sub-command (``app.cli.COMMANDS``) is the full parser's for that
command: same help, same parse, and every sub-command is mapped to the module registering it."""

from __future__ import annotations

import argparse
import importlib

import pytest

from app.cli import COMMAND_MODULES, COMMANDS, build_parser, command_named
from app.cli.helptext import walk


def _registered_by(module: str) -> set[str]:
    parser = argparse.ArgumentParser(prog="liaison-desk")
    sub = parser.add_subparsers()
    importlib.import_module(module).register(sub, argparse.ArgumentParser(add_help=False))
    return set(sub.choices)


@pytest.mark.parametrize("module", COMMAND_MODULES)
def test_commands_map_names_exactly_the_sub_commands_each_module_registers(module):
    assert _registered_by(module) == {c for c, m in COMMANDS.items() if m == module}


def test_commands_map_covers_the_full_parser():
    full = build_parser()
    assert {path.split()[0] for path, _ in walk(full)} == set(COMMANDS)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_one_command_parser_helps_like_the_full_parser(command):
    full = dict(walk(build_parser()))
    alone = dict(walk(build_parser(command)))
    assert {p.split()[0] for p in alone} >= {command}
    for path, parser in alone.items():
        assert parser.format_help() == full[path].format_help(), path


@pytest.mark.parametrize("argv", [
    ["show", "JC-US-2026-0012", "--json"],
    ["--data-dir", "/tmp/x", "requests", "--limit", "50"],
    ["search", "Long Beach", "--kind", "request", "--data-dir=/tmp/x"],
    ["agreement", "show", "jp-us-1997"],
])
def test_one_command_parser_parses_like_the_full_parser(argv):
    assert vars(build_parser(command_named(argv)).parse_args(argv)) \
        == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(("argv", "command"), [
    (["show", "X"], "show"),
    (["--data-dir", "search", "requests"], "requests"),  # the option's value is not the command
    (["--data-dir=/d", "verify"], "verify"),
    (["--help", "show"], None),  # top-level help lists every command: the full parser
    (["--version"], None),
    (["--data", "/d", "show", "X"], None),  # an abbreviated option: argparse decides
    (["nonsense"], None),  # the full parser names the valid choices
    ([], None),
])
def test_command_named_is_the_first_word_after_the_top_level_options(argv, command):
    assert command_named(argv) == command
