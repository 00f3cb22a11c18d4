#!/usr/bin/env bash
# Opt-in (not part of scripts/test.sh: TensorFlow is a large install): proves that TensorFlow reads
# what packages/tfrecord writes, and that packages/tfrecord reads what TensorFlow writes.
#   1. our writer writes plain and GZIP files of tf.train.Examples (bytes, float, int64 incl.
#      negatives and the int64 extremes, empty lists) plus the CIFAR-10 seed records re-framed;
#   2. TensorFlow reads them with tf.data.TFRecordDataset + tf.io.parse_example and compares every
#      value with what we meant to write, then writes the same Examples plain, GZIP and ZLIB;
#   3. our reader counts and decodes TensorFlow's files and compares them again.
# TensorFlow comes from a virtualenv: TF_PYTHON (a python with tensorflow) or one made here under
# .cache/tensorflow-venv with `pip install tensorflow-cpu` from whatever index pip is set up with.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

python=${TF_PYTHON:-}
if [ -z "$python" ]; then
  venv=.cache/tensorflow-venv
  if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import tensorflow' 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "tensorflow-cpu==${TF_VERSION:-2.21.0}"
  fi
  python=$venv/bin/python
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/tfrecord-tensorflow.XXXXXX")
trap 'rm -rf "$work"' EXIT
node scripts/tfrecord-tensorflow/write.ts "$work"
TF_CPP_MIN_LOG_LEVEL=2 "$python" scripts/tfrecord-tensorflow/tensorflow_reads_and_writes.py "$work"
node scripts/tfrecord-tensorflow/read.ts "$work"
echo "check-tfrecord-with-tensorflow: TensorFlow $("$python" -c 'import tensorflow as tf; print(tf.__version__)' 2>/dev/null) and packages/tfrecord read each other's files"
