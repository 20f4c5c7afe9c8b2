"""Check a build against the SHACL shapes of ``ontology/shapes.ttl`` (needs the ``validate`` extra).

The union of the article graphs is validated without inference: the shapes target the
types the builder writes, so a missing type is a finding, not something to infer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from kg import queries, rdf, store
from kg.export import union_graph

__all__ = ["Violation", "format_violations", "shapes_graph", "validate", "validate_graph"]


@dataclass(frozen=True, order=True)
class Violation:
    """One SHACL result: which node, which property, what is wrong, how bad."""

    severity: str  # Violation | Warning | Info
    focus: str
    path: str
    message: str
    value: str = ""


def shapes_graph() -> Graph:
    """The shapes of ``ontology/shapes.ttl``."""
    return Graph().parse(queries.ontology_dir() / "shapes.ttl", format="turtle")


def validate(out_dir: str | Path) -> tuple[bool, list[Violation]]:
    """Validate a build folder: (conforms, results, worst first).

    ``conforms`` is False only for results of severity Violation; warnings are reported
    but mark what extraction could not determine, not a broken graph.
    """
    return validate_graph(union_graph(store.open_store(out_dir, read_only=True)))


def validate_graph(data: Graph, shapes: Graph | None = None) -> tuple[bool, list[Violation]]:
    """Validate an rdflib Graph against the kg shapes (or ``shapes``)."""
    try:
        from pyshacl import validate as shacl
    except ImportError as exc:  # an optional extra
        raise ImportError("validation needs pyshacl: pip install 'kg[validate]'") from exc

    _, report, _ = shacl(data, shacl_graph=shapes if shapes is not None else shapes_graph(),
                         inference="none", allow_warnings=True, advanced=False)
    found = sorted({_result(report, r) for r in report.subjects(RDF.type, SH.ValidationResult)},
                   key=lambda v: (_RANK.get(v.severity, 3), v))
    return not any(v.severity == "Violation" for v in found), found


_RANK = {"Violation": 0, "Warning": 1, "Info": 2}


def _result(report: Graph, r) -> Violation:
    def one(p) -> str:
        v = report.value(r, p)
        return "" if v is None else str(v)

    return Violation(
        severity=one(SH.resultSeverity).rsplit("#", 1)[-1],
        focus=one(SH.focusNode),
        path=_path(report, report.value(r, SH.resultPath)),
        message=one(SH.resultMessage) or one(SH.sourceConstraintComponent).rsplit("#", 1)[-1],
        value=one(SH.value),
    )


@lru_cache(maxsize=1)
def _names():
    return rdf.bind_prefixes(Graph()).namespace_manager


def _path(report: Graph, path) -> str:
    """A result path as a prefixed name, ``^p`` for an inverse path."""
    if isinstance(path, URIRef):
        return path.n3(_names())
    inverse = report.value(path, SH.inversePath) if path is not None else None
    return f"^{inverse.n3(_names())}" if isinstance(inverse, URIRef) else ""


def format_violations(violations: list[Violation]) -> str:
    """One block per result, for a terminal; an empty list says so."""
    if not violations:
        return "conforms: no violations\n"
    lines = []
    for v in violations:
        lines.append(f"{v.severity}: {v.message}")
        lines.append(f"  focus: {v.focus}")
        if v.path:
            lines.append(f"  path:  {v.path}")
        if v.value:
            lines.append(f"  value: {v.value}")
    counts = {s: sum(v.severity == s for v in violations) for s in _RANK}
    lines.append(", ".join(f"{n} {s.lower()}(s)" for s, n in counts.items() if n))
    return "\n".join(lines) + "\n"
