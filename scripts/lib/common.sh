# Shared helpers for the scripts in scripts/. Sourced, not run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export MEDVAULT_ROOT="$ROOT"
export PATH="$ROOT/node_modules/.bin:$ROOT/tools/venv/bin:$PATH"
# forge runs the pinned npm compiler offline and must not look for a newer one.
export FOUNDRY_DISABLE_NIGHTLY_WARNING=1

if [[ -t 1 ]]; then BOLD=$'\e[1m'; RED=$'\e[31m'; DIM=$'\e[2m'; RESET=$'\e[0m'; else BOLD=; RED=; DIM=; RESET=; fi
say() { printf '%s\n' "$*"; }
step() { printf '%s==> %s%s\n' "$BOLD" "$*" "$RESET"; }
die() { printf '%serror:%s %s\n' "$RED" "$RESET" "$*" >&2; exit 1; }
