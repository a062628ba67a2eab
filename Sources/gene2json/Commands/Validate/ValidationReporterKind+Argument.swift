import ArgumentParser
import GeneDocs

/// `--reporter text|json|github|sarif`.
extension ValidationReporterKind: ExpressibleByArgument {}
