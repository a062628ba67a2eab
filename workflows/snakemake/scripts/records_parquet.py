"""JSON Lines of gene2json records (or section or mention rows) to Parquet with an explicit Arrow schema, and a
Hugging Face dataset card for the Parquet files.

    python3 records_parquet.py parquet SCHEMA.json IN.jsonl OUT.parquet
    python3 records_parquet.py card OUT/README.md NAME=SCHEMA.json=FILE.parquet ...
    python3 records_parquet.py arrow-schema SCHEMA.json      (prints the Arrow schema)

The Arrow schema is derived from the JSON Schema that `gene2json schema --records UNIT` prints, so the column
types never depend on the data (a column that is null in every row is still a string, `gene` is always a struct):
- "string" -> string, "integer" -> int64, "number" -> float64, "boolean" -> bool, "enum" -> string;
- "array" -> list of its items; "object" with "properties" -> struct of them, in order;
- "object" without properties (`metadata`: any keys and values) -> string holding its compact JSON text;
- a field is nullable when its type allows null or it is not required (`supported`).
The dataset card's `dataset_info.features` are derived from the same schema the same way (`dtype`, `sequence`,
`list`, `struct`). Needs pyarrow; everything else is the standard library.
"""

import json
import os
import sys

BATCH_ROWS = 8192


def _types(node):
    kinds = node.get("type", [])
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    if "enum" in node:
        kinds = sorted({"null" if v is None else "string" for v in node["enum"]}, key=lambda k: k == "null")
    return [k for k in kinds if k != "null"], ("null" in kinds)


def _is_json_text(node):
    kinds, _ = _types(node)
    return kinds == ["object"] and "properties" not in node


def arrow_type(node):
    import pyarrow as pa

    kinds, _ = _types(node)
    if len(kinds) != 1:
        raise ValueError(f"cannot map JSON Schema type {node.get('type')!r} to one Arrow type")
    kind = kinds[0]
    if kind == "string":
        return pa.string()
    if kind == "integer":
        return pa.int64()
    if kind == "number":
        return pa.float64()
    if kind == "boolean":
        return pa.bool_()
    if kind == "array":
        return pa.list_(pa.field("item", arrow_type(node["items"]), nullable=_nullable(node["items"], True)))
    if kind == "object":
        if "properties" not in node:
            return pa.string()
        return pa.struct(_arrow_fields(node))
    raise ValueError(f"cannot map JSON Schema type {kind!r} to Arrow")


def _nullable(node, required):
    _, null = _types(node)
    return null or not required


def _arrow_fields(node):
    import pyarrow as pa

    required = set(node.get("required", []))
    return [pa.field(name, arrow_type(sub), nullable=_nullable(sub, name in required))
            for name, sub in node["properties"].items()]


def arrow_schema(json_schema):
    import pyarrow as pa

    return pa.schema(_arrow_fields(json_schema))


def _prepare(value, node):
    """A JSON value shaped for the Arrow schema: free-form objects become their JSON text."""
    if value is None:
        return None
    if _is_json_text(node):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    kinds, _ = _types(node)
    if kinds == ["array"]:
        return [_prepare(item, node["items"]) for item in value]
    if kinds == ["object"]:
        return {name: _prepare(value.get(name), sub) for name, sub in node["properties"].items()}
    return value


def write_parquet(json_schema, jsonl_path, parquet_path):
    """Streams the JSON Lines into Parquet with the Arrow schema derived from `json_schema` (written beside the
    target and renamed when complete); returns the number of rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(json_schema)
    tmp = f"{parquet_path}.tmp.{os.getpid()}"
    rows = 0
    try:
        with pq.ParquetWriter(tmp, schema, compression="zstd") as writer, open(jsonl_path, "rb") as f:
            batch = []
            for line in f:
                if not line.strip():
                    continue
                batch.append(_prepare(json.loads(line), json_schema))
                if len(batch) >= BATCH_ROWS:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    rows += len(batch)
                    batch = []
            if batch or rows == 0:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                rows += len(batch)
        os.replace(tmp, parquet_path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return rows


# --------------------------------------------------------------------------- dataset card

def hf_feature(name, node):
    """One entry of a dataset card's `features` list (Hugging Face `datasets` YAML)."""
    kinds, _ = _types(node)
    kind = kinds[0] if len(kinds) == 1 else None
    entry = {"name": name} if name is not None else {}
    if kind == "array":
        items = node["items"]
        item_kinds, _ = _types(items)
        if item_kinds == ["object"] and "properties" in items:
            entry["list"] = [hf_feature(n, sub) for n, sub in items["properties"].items()]
        else:
            entry["sequence"] = _hf_dtype(items)
        return entry
    if kind == "object" and "properties" in node:
        entry["struct"] = [hf_feature(n, sub) for n, sub in node["properties"].items()]
        return entry
    entry["dtype"] = _hf_dtype(node)
    return entry


def _hf_dtype(node):
    kinds, _ = _types(node)
    if _is_json_text(node):
        return "string"
    return {"string": "string", "integer": "int64", "number": "float64", "boolean": "bool"}[kinds[0]]


def _yaml(value, indent=0):
    """A small YAML writer for the card's front matter (mappings, lists, strings, numbers, Booleans)."""
    pad = "  " * indent
    lines = []
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                lines.append(f"{pad}{key}:")
                lines.extend(_yaml(item, indent + 1))
            else:
                lines.append(f"{pad}{key}: {_scalar(item)}")
    else:
        for item in value:
            if isinstance(item, dict) and item:
                first, *rest = _yaml(item, indent + 1)
                lines.append(f"{pad}- {first.lstrip()}")
                lines.extend(rest)
            else:
                lines.append(f"{pad}- {_scalar(item)}")
    return lines


def _scalar(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if value == [] or value == {}:
        return json.dumps(value)
    return json.dumps(str(value), ensure_ascii=False)


def dataset_card(out_path, configs):
    """Writes README.md: YAML front matter with `configs` (one a unit, each its Parquet file as the train split)
    and `dataset_info` (features, rows, bytes), then a short description. `configs` is a list of
    (name, schema_path, parquet_path); paths in the card are relative to the card's folder."""
    import pyarrow.parquet as pq

    base = os.path.dirname(os.path.abspath(out_path))
    card_configs, infos, lines = [], [], []
    for index, (name, schema_path, parquet_path) in enumerate(configs):
        with open(schema_path, encoding="utf-8") as f:
            json_schema = json.load(f)
        meta = pq.ParquetFile(parquet_path).metadata
        relative = os.path.relpath(os.path.abspath(parquet_path), base)
        config = {"config_name": name, "data_files": [{"split": "train", "path": relative}]}
        if index == 0:
            config["default"] = True
        card_configs.append(config)
        size = os.path.getsize(parquet_path)
        infos.append({
            "config_name": name,
            "features": [hf_feature(n, sub) for n, sub in json_schema["properties"].items()],
            "splits": [{"name": "train", "num_bytes": size, "num_examples": meta.num_rows}],
            "download_size": size,
            "dataset_size": size,
        })
        lines.append(f"- `{name}` (`{relative}`, {meta.num_rows} rows): {json_schema.get('description', '')}")
    front = {"configs": card_configs, "dataset_info": infos}
    text = "---\n" + "\n".join(_yaml(front)) + "\n---\n\n# gene2json records\n\n" + (
        "Gene-summary Markdown documents converted by gene2json (typed records, one Parquet file a unit; the "
        "column types come from the JSON Schema that `gene2json schema --records UNIT` prints, and `metadata` "
        "holds its JSON text).\n\n") + "\n".join(lines) + "\n"
    tmp = f"{out_path}.tmp.{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, out_path)


def main(argv):
    if len(argv) == 4 and argv[0] == "parquet":
        with open(argv[1], encoding="utf-8") as f:
            rows = write_parquet(json.load(f), argv[2], argv[3])
        print(f"{argv[3]}: {rows} rows")
        return 0
    if len(argv) == 2 and argv[0] == "arrow-schema":
        with open(argv[1], encoding="utf-8") as f:
            print(arrow_schema(json.load(f)))
        return 0
    if len(argv) >= 3 and argv[0] == "card":
        configs = []
        for spec in argv[2:]:
            name, schema_path, parquet_path = spec.split("=", 2)
            configs.append((name, schema_path, parquet_path))
        dataset_card(argv[1], configs)
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
