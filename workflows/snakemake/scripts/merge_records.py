"""Rule `merge_records`: concatenate the shards' JSONL, or their CSV/TSV under one header row."""
import g2jwf

sm = snakemake  # noqa: F821  (injected by Snakemake's script directive)
if sm.wildcards.fmt == "jsonl":
    g2jwf.merge_lines(list(sm.input.parts), sm.output[0])
else:
    g2jwf.merge_table(list(sm.input.parts), sm.output[0])
