#pragma once

#include "kube/document.h"
#include "kube/result.h"

#include <QByteArrayView>

#include <cstdint>
#include <functional>
#include <memory>

namespace parapet {

/// Bounds that keep hostile input from exhausting the machine. The defaults are far above what
/// real manifests need (the largest CRD in the test corpus nests 40 levels deep and has ~90,000
/// nodes) and far below what would hurt.
struct ParseLimits
{
    int maxDepth = 200;
    std::uint32_t maxNodesPerDocument = 4'000'000;
    /// Nodes that YAML aliases may add to one document, beyond which the document is refused
    /// as an alias bomb ("billion laughs").
    std::uint32_t maxAliasNodes = 200'000;
};

/// One top-level value read from a stream, with where it starts.
struct ParsedDocument
{
    std::shared_ptr<Document> document;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
};

using DocumentSink = std::function<void(ParsedDocument)>;
using ErrorSink = std::function<void(Error)>;

/// Parses a multi-document YAML stream with libyaml's event parser. The stream is split at
/// `---` lines first, as kubectl's YAML reader does, so one broken document does not hide the
/// ones after it. Empty documents are skipped. Errors carry line and column; their file is left
/// empty for the caller to fill in.
void parseYamlStream(QByteArrayView data, const ParseLimits &limits, const DocumentSink &onDocument,
                     const ErrorSink &onError);

/// Parses a stream of JSON values (one, or several separated by white space as `kubectl get -o
/// json` output concatenated). Stops at the first syntax error.
void parseJsonStream(QByteArrayView data, const ParseLimits &limits, const DocumentSink &onDocument,
                     const ErrorSink &onError);

} // namespace parapet
