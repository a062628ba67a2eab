"""Rule `merge_validation`: one validation report, in the order of one run, and a summary."""
import g2jwf

sm = snakemake  # noqa: F821  (injected by Snakemake's script directive)
summary = g2jwf.merge_reports(list(sm.input.reports), list(sm.input.statuses),
                              list(sm.input.convert_statuses), list(sm.params.shards),
                              sm.output.report, sm.output.summary)
text = g2jwf.describe_summary(summary)
print(text, flush=True)
with open(sm.log[0], "w") as log:
    log.write(text + "\n")
