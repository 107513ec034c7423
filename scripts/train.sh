#!/usr/bin/env bash
# Train the Rasa model unless one for exactly these inputs exists.
#   scripts/train.sh               train if needed
#   scripts/train.sh --model-path  print the model path for the current inputs, train nothing
# The model is named after a hash of config, domain and data (and the custom NLU components),
# so `make train`, `make run` and `make test` reuse it until something it was trained on changes.
set -euo pipefail
cd "$(dirname "$0")/.."

# Rasa's CLI through bot.rasa_addons.run: telemetry and crash reports off, nothing written to ~.
RASA_PYTHON=${RASA_PYTHON:-.venv-rasa/bin/python}
export RASA_TELEMETRY_ENABLED=false
hash=$(find bot/config.yml bot/domain bot/data bot/rasa_addons/nlu \
  -type f \( -name '*.yml' -o -name '*.py' \) -not -path '*/__pycache__/*' \
  | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-16)
model="bot/models/${hash}.tar.gz"

if [ "${1:-}" = "--model-path" ]; then
  echo "$model"  # where the model for the current inputs is (or will be)
  exit 0
fi
# The SQLite tracker store of bot/endpoints.yml lives in var/ (relative to the repo root).
mkdir -p var
if [ -f "$model" ]; then
  echo "model up to date: $model"
  exit 0
fi

# TensorFlow and Rasa are chatty; keep warnings, drop the info noise.
export TF_CPP_MIN_LOG_LEVEL=3 LOG_LEVEL=WARNING PYTHONWARNINGS=ignore
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
start=$(date +%s)
"$RASA_PYTHON" -m bot.rasa_addons.run train --config bot/config.yml --domain bot/domain --data bot/data \
  --out bot/models --fixed-model-name "$hash" --quiet
echo "trained $model in $(( $(date +%s) - start )) s"
