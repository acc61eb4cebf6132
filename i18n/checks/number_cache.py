"""The numbers comparisons of `factsheet check`, remembered between runs as linters remember the
files they passed: a catalogue checked again after a few edits compares the numbers of the
edited entries only.

A pair is remembered by a 128-bit digest of its locales and texts, keyed by a fingerprint of
everything that decides the comparison (this package's source, Babel's and text2num's builds,
Python's version and Unicode data): another version of any of them starts from nothing. The
pairs whose numbers agree are kept as digests only; the few others with their comparison, as
JSON built back only from the comparison's own classes.

Each process writes what it learnt as fragments (forked workers share no memory); the parent
merges them into the store when the run ends. Every file is written whole and renamed into
place; a store that cannot be read or written is no store (the check runs without it), and a
line of it that cannot be read is a pair not remembered.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from i18n.numbers.model import NumberComparison

_DIGEST_BYTES = 16
# Beyond this many pairs (32 MB of digests), the store keeps only those of the last run.
_MOST_PAIRS = 2_000_000
_AGREEING, _DIFFERING = ".bin", ".jsonl"


def default_directory() -> Path:
    """$FACTSHEET_CACHE_DIR, else $XDG_CACHE_HOME/factsheet, else ~/.cache/factsheet."""
    chosen = os.environ.get("FACTSHEET_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "factsheet"


@lru_cache(maxsize=1)
def fingerprint() -> bytes:
    """What the comparison's verdicts depend on beside the texts (see the module's docstring)."""
    import babel
    import text_to_num

    digest = hashlib.blake2b(digest_size=_DIGEST_BYTES)
    digest.update(f"{sys.version}\0{unicodedata.unidata_version}\0{babel.__version__}\0".encode())
    for extension in sorted(Path(text_to_num.__file__).parent.glob("_text2num*")):
        status = extension.stat()
        digest.update(f"{extension.name}\0{status.st_size}\0{status.st_mtime_ns}\0".encode())
    package = Path(__file__).resolve().parent.parent
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode() + b"\0")
        digest.update(source.read_bytes())
    return digest.digest()


class Store:
    """The pairs known to agree (`agreeing`, digests) and to differ (`differing`, digest to its
    comparison as JSON), what this process learnt of each, and the digests it looked up."""

    def __init__(self, directory: Path, agreeing: set[bytes], differing: dict[bytes, str]):
        self.directory = directory
        self.agreeing = agreeing
        self.differing = differing
        self.learnt_agreeing: list[bytes] = []
        self.learnt_differing: dict[bytes, str] = {}
        self.used: list[bytes] = []
        self._key = fingerprint()

    def digest(self, source: str, target: str, source_locale: str, target_locale: str) -> bytes:
        text = f"{source_locale}\0{target_locale}\0{source}\0{target}".encode("utf-8", "surrogatepass")
        return hashlib.blake2b(text, digest_size=_DIGEST_BYTES, key=self._key).digest()

    def comparison(self, digest: bytes) -> NumberComparison | None:
        """The remembered comparison of a pair whose numbers differ, or None."""
        written = self.differing.get(digest)
        if written is None:
            return None
        from i18n.numbers.model import NumberComparison, from_plain

        try:
            comparison = from_plain(json.loads(written))
        except (ValueError, RecursionError):
            comparison = None
        if not isinstance(comparison, NumberComparison) or comparison.ok:
            del self.differing[digest]
            return None
        return comparison

    def learn(self, digest: bytes, comparison: NumberComparison | None) -> None:
        """Remember a pair: None or an empty comparison when its numbers agree."""
        if comparison is None or comparison.ok:
            self.learnt_agreeing.append(digest)
        else:
            from i18n.numbers.model import as_plain

            self.learnt_differing[digest] = json.dumps(as_plain(comparison), ensure_ascii=False)


_store: Store | None = None


def use(directory: str | os.PathLike | None) -> Store | None:
    """Make the store in `directory` this process's (None: no store), reading it the first time."""
    global _store
    if directory is None:
        _store = None
    elif _store is None or _store.directory != Path(directory):
        directory = Path(directory)
        _store = Store(directory, *_read(_stem_path(directory), _fragments(directory)))
    return _store


def active() -> Store | None:
    return _store


def flush() -> None:
    """Write what this process learnt as fragments for the parent to merge."""
    store = _store
    if store is None or not (store.learnt_agreeing or store.learnt_differing):
        return
    stem = f"{_stem_path(store.directory)}.{os.getpid()}.{os.urandom(4).hex()}"
    try:
        store.directory.mkdir(parents=True, exist_ok=True)
        _write_whole(Path(stem + _AGREEING + ".part"), b"".join(store.learnt_agreeing))
        _write_whole(Path(stem + _DIFFERING + ".part"), _jsonl(store.learnt_differing))
    except OSError:
        return
    _learnt_known(store)


def merge(directory: str | os.PathLike) -> None:
    """Fold the fragments in `directory` (a pool's workers') and what this process learnt into the
    store there, and drop the files of other fingerprints."""
    directory = Path(directory)
    store = _store if _store is not None and _store.directory == directory else None
    fragments = _fragments(directory)
    if not (fragments or store is not None and (store.learnt_agreeing or store.learnt_differing)):
        return
    stem = _stem_path(directory)
    agreeing, differing = _read(stem, fragments)
    if store is not None:
        agreeing.update(store.learnt_agreeing)
        differing.update(store.learnt_differing)
        _learnt_known(store)
    if len(agreeing) + len(differing) > _MOST_PAIRS:
        # (Those of this run only: looked up or learnt here, or learnt by the workers.)
        fresh_agreeing, fresh_differing = _read(None, fragments)
        used = set(store.used if store is not None else ()) | fresh_agreeing | fresh_differing.keys()
        agreeing = agreeing & used
        differing = {digest: written for digest, written in differing.items() if digest in used}
    try:
        directory.mkdir(parents=True, exist_ok=True)
        _write_whole(Path(stem + _AGREEING), b"".join(agreeing))
        _write_whole(Path(stem + _DIFFERING), _jsonl(differing))
    except OSError:
        return
    if store is not None:
        store.agreeing, store.differing = agreeing, differing
    for stale in directory.glob("numbers-*"):
        if stale in fragments or not str(stale).startswith(stem):
            try:
                stale.unlink()
            except OSError:
                pass


def _learnt_known(store: Store) -> None:
    """What the store learnt, now written, made known (and looked up, so kept if the store is cut)."""
    store.agreeing.update(store.learnt_agreeing)
    store.differing.update(store.learnt_differing)
    store.used.extend(store.learnt_agreeing)
    store.used.extend(store.learnt_differing)
    store.learnt_agreeing.clear()
    store.learnt_differing.clear()


def _stem_path(directory: Path) -> str:
    return str(directory / ("numbers-" + fingerprint().hex()))


def _fragments(directory: Path) -> list[Path]:
    try:
        return sorted(directory.glob(f"numbers-{fingerprint().hex()}.*.part"))
    except OSError:
        return []


def _read(stem: str | None, fragments: list[Path]) -> tuple[set[bytes], dict[bytes, str]]:
    """The digests of the agreeing pairs and the comparisons of the differing ones, from the store
    whose files begin with `stem` (None: none) and from `fragments`."""
    agreeing: set[bytes] = set()
    differing: dict[bytes, str] = {}
    main = [Path(stem + _AGREEING), Path(stem + _DIFFERING)] if stem is not None else []
    for path in [*main, *fragments]:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if path.name.endswith((_AGREEING, _AGREEING + ".part")):
            whole = len(data) - len(data) % _DIGEST_BYTES
            agreeing.update(data[start:start + _DIGEST_BYTES] for start in range(0, whole, _DIGEST_BYTES))
            continue
        for line in data.split(b"\n"):
            digest, _, written = line.partition(b"\t")
            if len(digest) == 2 * _DIGEST_BYTES and written:
                try:
                    differing[bytes.fromhex(digest.decode("ascii"))] = written.decode("utf-8")
                except ValueError:
                    continue
    return agreeing, differing


def _jsonl(differing: dict[bytes, str]) -> bytes:
    return "".join(f"{digest.hex()}\t{written}\n" for digest, written in differing.items()).encode("utf-8")


def _write_whole(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except OSError:
        try:
            temporary.unlink()
        except OSError:
            pass
        raise
