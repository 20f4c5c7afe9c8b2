"""kg: knowledge graphs of people, posts, organisations and meetings from Chinese official news.

>>> import kg
>>> sorted(kg.__all__) == kg.__all__
True
"""

from kg.corpus import timeline
from kg.explorer import explore
from kg.extract import extract
from kg.pipeline import BuildReport, build
from kg.queries import format_rows, named_query
from kg.queries import run as query
from kg.sources import read_corpus
from kg.store import open_store, rdflib_dataset

__all__ = [
    "BuildReport",
    "build",
    "explore",
    "extract",
    "format_rows",
    "named_query",
    "open_store",
    "query",
    "rdflib_dataset",
    "read_corpus",
    "timeline",
]
__version__ = "0.1.0"
