"""Rules `convert` and `validate`: run gene2json over one shard list.

Exit status 0 and 1 succeed (1 = some documents had error diagnostics, outputs still complete) and
are recorded in the status file; 2 (usage error / tool failure) or anything else fails the job."""
import g2jwf

sm = snakemake  # noqa: F821  (injected by Snakemake's script directive)
p = sm.params
if p.kind == "validate":
    cmd = [p.tool, "validate", "--reporter", "json", "--jobs", str(sm.threads)] + list(p.args)
    empty = b"[]\n"
else:
    cmd = [p.tool, "convert", "--format", p.kind, "--jobs", str(sm.threads)] + list(p.args)
    empty = b""
g2jwf.run_shard(cmd, sm.input.list, sm.output.data, sm.output.status, sm.log[0], empty)
