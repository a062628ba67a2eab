import ArgumentParser
import GeneDocs

/// `gene2json convert` (the default command): documents in, records out.
struct ConvertCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convert",
    abstract: "Convert gene-summary documents into records (the default command).",
    discussion: """
      INPUT is a file (any extension), a directory (searched recursively for *.md and *.markdown, in byte order \
      of full paths, skipping names that start with a dot and what .gitignore and .ignore files, --exclude and \
      the nearest .gene2json.yml's exclude: leave out) or - for standard input; with no INPUT and no \
      --files-from, a non-terminal standard input is read. One file or standard input prints one JSON object; \
      anything else prints an array (json), one object a line (jsonl), or a header row and one row a record (csv, \
      tsv). Records come out in input order whatever --jobs is, each as soon as it and those before it are done.

      CSV follows RFC 4180 with CRLF row ends; TSV escapes tab, LF, CR and backslash as \\t \\n \\r \\\\. Arrays \
      join with "; "; other_sections, metadata and diagnostics hold their JSON text; null is an empty field.

      --records section writes one row a section (symbol, gene ids, section, heading, text, line_start, line_end, \
      source), --records mention one a mention with its document's symbol and source, in any text format (json is \
      then always an array). --format sqlite (or -o FILE.sqlite, .sqlite3, .db) writes one database with tables \
      documents, aliases, sections, mentions, diagnostics and meta (gene2json schema --sql prints them); --update \
      changes an existing one in place, converting only documents whose path or SHA-256 changed, and --prune \
      deletes those no longer among the inputs. An --output extension that names no format (.parquet, .txt) is a \
      usage error unless --format is given.

      Mentions (SPEC §7): variants (rsIDs, star alleles, HLA alleles, protein and DNA changes) are always found; \
      --vocabulary adds drugs, drug classes, metabolites and diseases, --gene-table other genes and the record's \
      gene, --annotations supported on drug mentions. Without these options, the nearest .gene2json.yml's \
      gene-table, vocabularies and annotations are used.
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup var output: OutputOptions
  @OptionGroup(title: "Mentions and identifiers") var reference: ReferenceOptions

  @Flag(help: "Section fields hold the section's original Markdown source instead of plain text.")
  var markdown = false

  @Flag(help: "Repair mojibake (UTF-8 that was decoded as Windows-1252); it is reported either way.")
  var fixEncoding = false

  @Option(help: "The largest document accepted, in bytes.")
  var maxBytes: Int = ConversionOptions.defaultMaxBytes

  @Flag(help: "Warnings count as errors for the exit status.")
  var strict = false

  @OptionGroup var console: ConsoleOptions

  func validate() throws {
    guard maxBytes > 0 else { throw ValidationError("--max-bytes must be a positive number of bytes") }
  }

  func run() throws {
    let configuration = try ConfigurationFile.load()
    try ConvertRun(
      operands: input.resolvedOperands(), filesFrom: input.filesFrom, jobs: input.resolvedJobs,
      exclude: input.exclude, readsIgnoreFiles: !input.noIgnore,
      format: output.resolvedFormat, records: output.resolvedRecords, columns: output.columnList,
      update: output.update, prune: output.prune,
      tables: ReferenceOptions.convertTablePaths(reference, configuration: configuration),
      outputFile: output.outputFile,
      conversion: ConversionOptions(
        markdown: markdown, fixEncoding: fixEncoding, maxBytes: maxBytes,
        reference: try ReferenceOptions.convertReference(reference, configuration: configuration)),
      strict: strict, console: console.settings, configuration: configuration
    ).run()
  }
}
