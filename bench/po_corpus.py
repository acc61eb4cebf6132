"""The PO reader and writer on the real Debian catalogue: speed against GNU, and msgcat's exact bytes.

    python bench/po_corpus.py [FILE]     (default: ../shared/corpus/debian-fr.po)

Prints the best of three runs (wall and CPU seconds) of parse_po and format_po, of `msgfmt -c`
and `msgcat` on the same file, and whether format_po(parse_po(file)) is byte for byte what
`msgcat FILE` writes.  Exits 1 if it is not.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY))

from i18n.po.parse import parse_po  # noqa: E402
from i18n.po.write import format_po  # noqa: E402

DEFAULT_FILE = REPOSITORY.parent / "shared" / "corpus" / "debian-fr.po"


def best_of_three(action) -> tuple[float, float, object]:
    walls, cpus, result = [], [], None
    for _ in range(3):
        wall, cpu = time.perf_counter(), time.process_time()
        result = action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus), result


def gnu_best_of_three(arguments: list[str]) -> tuple[float, bytes]:
    walls, output = [], b""
    for _ in range(3):
        wall = time.perf_counter()
        output = subprocess.run(arguments, capture_output=True).stdout
        walls.append(time.perf_counter() - wall)
    return min(walls), output


def main(arguments: list[str]) -> int:
    path = Path(arguments[0]) if arguments else DEFAULT_FILE
    data = path.read_bytes()
    parse_wall, parse_cpu, catalog = best_of_three(lambda: parse_po(data, str(path)))
    write_wall, write_cpu, written = best_of_three(lambda: format_po(catalog))
    msgfmt_wall, _ = gnu_best_of_three(["msgfmt", "-c", "-o", "/dev/null", str(path)])
    msgcat_wall, expected = gnu_best_of_three(["msgcat", str(path)])
    print(f"{path.name}: {len(data) / 1e6:.1f} MB, {len(catalog.entries)} entries")
    print(f"parse_po   {parse_wall:6.3f} s wall {parse_cpu:6.3f} s CPU")
    print(f"format_po  {write_wall:6.3f} s wall {write_cpu:6.3f} s CPU")
    print(f"msgfmt -c  {msgfmt_wall:6.3f} s wall")
    print(f"msgcat     {msgcat_wall:6.3f} s wall")
    identical = written == expected
    print("format_po(parse_po(file)) == msgcat file:", "yes, byte for byte" if identical else "NO")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
