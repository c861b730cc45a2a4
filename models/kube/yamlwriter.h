#pragma once

#include "document.h"

#include <QString>
#include <string>
#include <string_view>

namespace parapet {

/// Writes a Node as block-style YAML, the way `kubectl get -o yaml` lays it out (two-space
/// indent, sequences not indented under their key, `{}`/`[]` for empty containers).
///
/// Strings are quoted whenever a YAML 1.1 reader (go-yaml v2, behind kubectl and
/// sigs.k8s.io/yaml) or a YAML 1.2 reader would otherwise resolve them to something else
/// (`yes`, `on`, `0755`, `1e3`, `~`, `2024-01-01`) or read them differently (indicators,
/// `: `, ` #`, leading or trailing space, control characters). Multi-line strings become
/// literal blocks (`|`, `|-`, `|+`). Reading the output back gives a Node equal to the input
/// (types, text and order; comments and the original quoting style are not kept).
QString toYaml(const Node &node);

/// How a string scalar is written.
enum class YamlScalarStyle
{
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal
};

/// The style toYaml() uses for \a text (UTF-8); \a asKey rules out literal blocks.
YamlScalarStyle yamlScalarStyle(std::string_view text, bool asKey = false);

} // namespace parapet
