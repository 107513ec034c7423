#!/usr/bin/env bash
# Print the path of a CPython 3.10 interpreter. Rasa 3.6 (the last open-source Rasa) runs only on 3.8-3.10.
# Order: python3.10 on PATH, pyenv's 3.10 (these machines have it but not on PATH), uv's managed Pythons,
# and as a last resort `uv python install 3.10` (the usual route on a machine without pyenv).
set -euo pipefail

is_310() { "$1" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' 2>/dev/null; }

if command -v python3.10 >/dev/null 2>&1 && is_310 "$(command -v python3.10)"; then
  command -v python3.10; exit 0
fi
if command -v pyenv >/dev/null 2>&1; then
  root=$(pyenv root)
  for candidate in "$root"/versions/3.10*/bin/python3.10; do
    if [ -x "$candidate" ] && is_310 "$candidate"; then echo "$candidate"; exit 0; fi
  done
fi
if command -v uv >/dev/null 2>&1; then
  if found=$(uv python find 3.10 2>/dev/null) && is_310 "$found"; then echo "$found"; exit 0; fi
  uv python install 3.10 >&2 && uv python find 3.10 && exit 0
fi
echo "No Python 3.10 found. Install it with pyenv (pyenv install 3.10) or uv (uv python install 3.10)." >&2
exit 1
