#pragma once

#include <QString>
#include <QStringView>

namespace waymark {

// Text as compared when matching step titles, keys and column names:
// case-folded, trimmed, inner runs of whitespace as one space.
QString matchKey(QStringView text);

} // namespace waymark
