#!/usr/bin/env bash
# Installs what building and testing gene2json needs, when it is missing: libcmark-dev, zlib1g-dev and
# libsqlite3-dev (with pkg-config) and `script` (bsdutils, for the tests under a pseudo-terminal) from Debian, and the
# Python checkers (jsonschema; pyahocorasick for the mentions reference; pyarrow and duckdb for Parquet; datasets for
# the Hugging Face dataset card) and pre-commit from PyPI. Safe to run again; does nothing when all is there.
set -euo pipefail

apt_packages=()
command -v pkg-config >/dev/null 2>&1 || apt_packages+=(pkg-config)
if ! pkg-config --exists libcmark 2>/dev/null; then apt_packages+=(libcmark-dev); fi
command -v script >/dev/null 2>&1 || apt_packages+=(bsdutils)
if ! pkg-config --exists zlib 2>/dev/null; then apt_packages+=(zlib1g-dev); fi
# GRDB.swift links the system SQLite.
if ! pkg-config --exists sqlite3 2>/dev/null; then apt_packages+=(libsqlite3-dev); fi
if [ "${WITH_BENCH_TOOLS:-0}" = 1 ]; then
  command -v cmark >/dev/null 2>&1 || apt_packages+=(cmark)
  command -v hyperfine >/dev/null 2>&1 || apt_packages+=(hyperfine)
  [ -x /usr/bin/time ] || apt_packages+=(time)
fi
if [ ${#apt_packages[@]} -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${apt_packages[@]}" >/dev/null
fi

python_packages=()
python3 -c 'import jsonschema' 2>/dev/null || python_packages+=(jsonschema)
command -v pre-commit >/dev/null 2>&1 || python_packages+=(pre-commit)
python3 -c 'import ahocorasick' 2>/dev/null || python_packages+=(pyahocorasick)
python3 -c 'import pyarrow' 2>/dev/null || python_packages+=(pyarrow)
python3 -c 'import duckdb' 2>/dev/null || python_packages+=(duckdb)
python3 -c 'import datasets' 2>/dev/null || python_packages+=(datasets)
if [ ${#python_packages[@]} -gt 0 ]; then
  python3 -m pip install -q "${python_packages[@]}"
fi
