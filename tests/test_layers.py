"""The package's layers, read from its imports (every import, those inside functions too).

Lowest first; a module may import its own layer and the layers below, never one above, and no
chain of imports may come back to where it started. docs/architecture.md draws the same picture.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "framing"

# (layer, the modules in it: a name ending in "." means every module of that package)
LAYERS = [
    (
        "leaves: errors, text, file formats, data-set readers",
        [
            "errors",
            "text",
            "reading",
            "csvout",
            "outputs",
            "wording",
            "time_limit",
            "report_options",
            "forking",
            "scripts",
            "html_input",
            "compiled",
            "corpus.",
            "quality.datasets",
            "quality.span_metrics",
        ],
    ),
    ("lexicon: the lexicon data model", ["lexicon."]),
    ("match", ["match"]),
    ("sourcing", ["sourcing."]),
    ("score: the formula", ["score"]),
    ("tables: the score-table contract", ["tables."]),
    ("pipeline: Analyzer", ["pipeline"]),
    ("model wing", ["model."]),
    ("narrative wing", ["narratives."]),
    ("aggregate and batch: tables of many articles", ["aggregate.", "batch."]),
    ("quality wing: evaluations, audit, example checks", ["quality.", "evaluation"]),
    ("report", ["report."]),
    ("comparison: compare(), corpus or score table in, report out", ["comparison", "comparison_groups"]),
    ("cli", ["cli.", "__main__"]),
]
# Imports that break the rule today, each with the reason it stands.
EXCEPTIONS: dict[tuple[str, str], str] = {}
# Modules over MAX_LINES, each with the reason.
MAX_LINES = 400
LONG = {
    "text": "the tokenizer: chunk and token caches, sentence splitter and quotation finder over one token list",
    "match": "the Matcher: terms, wildcards and rules compiled into shared indexes and matched in one pass",
    "sourcing.reader": "the reader's one pass over a sentence's cues, and the sentences found before it reads",
    "sourcing.speakers": "speakers before a colon, in a quotation's tag, as a passive's agent: one rule class",
    "sourcing.contents": "a cue's source side and content end, decided together: one rule class",
    "sourcing.clauses": "the subject of a cue's clause past what opens it: one rule class",
    "sourcing.forward": "the source read forward from its cue: one rule class",
    "sourcing.subjects": "the source read back from its cue, its times and asides: one rule class",
    "pipeline": "Analyzer.analyze and the ArticleResult it fills: the recipe and the type it returns",
    "lexicon.schema": "the lexicon file format: each key's reading, validation and message side by side",
    "sourcing.kinds": "the kind rules of docs/source-kinds.md: one ordered chain, its memo beside it",
    "sourcing.names": "the name rules: a capitalised word read against the text it stands in, one chain",
    "sourcing.phrase": "a source phrase's words, chunks and head: the lowest rule class of the chain",
    "sourcing.quotations": "a document's attributions: the reader per sentence, quotations given speakers, the writer's cues",
}


def modules() -> dict[str, Path]:
    """Module name relative to the package ("pipeline", "model.train", "report" for its __init__)."""
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The package's modules that `name` imports; `from framing import __version__` is no edge."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1] if package else []
                target = ".".join([*[p for p in base if p], *([node.module] if node.module else [])])
            elif node.module and node.module.split(".")[0] == "framing":
                target = node.module.partition(".")[2]
            else:
                continue
            for alias in node.names:
                child = f"{target}.{alias.name}" if target else alias.name
                out.add(child if child in known else target)
        elif isinstance(node, ast.Import):
            out |= {a.name.partition(".")[2] for a in node.names if a.name.split(".")[0] == "framing"}
    return {t for t in out if t and t != name}


def layer_of(name: str) -> int:
    for rank, (_, members) in enumerate(LAYERS):
        for member in members:
            if name == member or (member.endswith(".") and (name + ".").startswith(member)):
                return rank
    raise AssertionError(f"framing.{name} is in no layer: add it to LAYERS (and docs/architecture.md)")


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports(name, path, known) for name, path in known.items() if name}  # the root: the public API


def test_no_module_imports_a_layer_above_its_own() -> None:
    upward = [
        f"framing.{a} ({LAYERS[layer_of(a)][0]}) imports framing.{b} ({LAYERS[layer_of(b)][0]})"
        for a, targets in graph().items()
        for b in sorted(targets)
        if b and layer_of(b) > layer_of(a) and (a, b) not in EXCEPTIONS
    ]
    assert upward == []


def test_no_import_circles() -> None:
    edges = {a: {b for b in targets if b and (a, b) not in EXCEPTIONS} for a, targets in graph().items()}
    state: dict[str, int] = {}
    circles = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                circles.append(" -> ".join(trail[trail.index(nxt) :] + [nxt]))
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = 2

    for start in sorted(edges):
        if start not in state:
            visit(start, [start])
    assert circles == []


def test_the_exceptions_still_exist() -> None:
    """An exception that no longer happens comes off the list."""
    g = graph()
    assert [edge for edge in EXCEPTIONS if edge[1] not in g.get(edge[0], set())] == []


def test_modules_stay_under_the_line_limit_or_say_why() -> None:
    lengths = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in modules().items()}
    assert sorted(n for n, size in lengths.items() if size > MAX_LINES and n not in LONG) == []
    assert sorted(n for n in LONG if lengths.get(n, 0) <= MAX_LINES) == [], "now short: take it off LONG"


def test_the_layers_catch_an_upward_import() -> None:
    """The check itself: the pipeline reaching into the model wing would be reported."""
    assert layer_of("model.train") > layer_of("pipeline") and layer_of("cli.score") == len(LAYERS) - 1
    assert imports("pipeline", PACKAGE / "pipeline.py", modules()) >= {"match", "score", "text"}


# The source rules are one chain of classes, each in its own module, lowest first; the reader in
# `sourcing.reader` subclasses the last. Data may be set from above, but no method: a rule that calls a
# method only the reader defines (an up-call, a stub filled in by a subclass) hides a dependency the
# imports do not show.
SOURCE_RULES = [
    "sourcing.phrase",
    "sourcing.names",
    "sourcing.kinds",
    "sourcing.subjects",
    "sourcing.forward",
    "sourcing.clauses",
    "sourcing.contents",
    "sourcing.speakers",
]


def _methods_and_self_calls(path: Path) -> tuple[set[str], set[str]]:
    """The methods a module's rule classes (`…Rules`) define, and the `self.name(...)` calls they make."""
    classes = [
        node
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef) and node.name.endswith("Rules")
    ]
    defined = {item.name for node in classes for item in node.body if isinstance(item, ast.FunctionDef)}
    called = {
        node.func.attr
        for cls in classes
        for node in ast.walk(cls)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "self"
    }
    return defined, called


def test_source_rules_call_no_method_defined_above_them() -> None:
    known = modules()
    below: set[str] = set()
    up_calls = []
    for name in SOURCE_RULES:
        defined, called = _methods_and_self_calls(known[name])
        below |= defined
        up_calls += [f"framing.{name} calls self.{m}()" for m in sorted(called - below)]
    assert up_calls == []
    source = "".join(known[name].read_text(encoding="utf-8") for name in SOURCE_RULES)
    assert "NotImplementedError" not in source  # no stub for a subclass to fill in


def test_the_up_call_check_sees_a_stubbed_method(tmp_path: Path) -> None:
    """The check itself: a rule calling a method that only a subclass defines is reported."""
    module = tmp_path / "rules.py"
    module.write_text(
        "class KindRules:\n    def kind(self):\n        return self._chunk_back(0, 1)\n", encoding="utf-8"
    )
    defined, called = _methods_and_self_calls(module)
    assert (defined, called - defined) == ({"kind"}, {"_chunk_back"})
