"""Rule `manifest`: list input_dir in gene2json's order and split it into K shard lists."""
import g2jwf

sm = snakemake  # noqa: F821  (injected by Snakemake's script directive)
docs = g2jwf.write_shards(sm.params.input_dir, int(sm.params.shards),
                          sm.output.manifest, list(sm.output.lists))
with open(sm.log[0], "w") as log:
    bounds = g2jwf.shard_bounds(len(docs), int(sm.params.shards))
    log.write(f"{len(docs)} documents under {sm.params.input_dir!r} in {len(bounds)} shards: "
              + ", ".join(str(e - s) for s, e in bounds) + "\n")
