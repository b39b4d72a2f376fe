#pragma once

#include <QString>

namespace waymark {

// An id made from a name: lower-case ASCII letters and digits, other runs of
// characters as one '-', at most `maxLength` long; `fallback` when nothing is
// left ("Länge, Wait (min)" -> "l-nge-wait-min"). The one rule for ids made
// from names (Mermaid sections, metric columns).
QString slug(const QString &text, const QString &fallback, int maxLength = 40);

} // namespace waymark
